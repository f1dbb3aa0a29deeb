using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Account;

/// <summary>
/// Issue 17, findings 8 and 14. Timing: an unknown e-mail, a blocked address and a locked account verify a password
/// hash like a wrong password does (counted, not timed). Lockout: failures block the address they come from, not the
/// account for everyone; only failures from all addresses together lock the account, and that ends its tokens and
/// cookies. Limits here: 3 per address, 6 for the account (<see cref="ClientAddressAppFactory"/>).
/// </summary>
public sealed class LoginLockoutTests(ClientAddressAppFactory app) : IClassFixture<ClientAddressAppFactory>
{
    private const string WrongPassword = "Falsch!2015";

    [Fact]
    public async Task An_unknown_email_costs_a_password_hash_like_a_wrong_password()
    {
        var before = app.Hasher.Verifications;
        (await LoginAsync("10.1.0.1", "niemand@me-aktiv.example", WrongPassword)).ShouldBe(HttpStatusCode.Unauthorized);
        var unknown = app.Hasher.Verifications - before;

        before = app.Hasher.Verifications;
        (await LoginAsync("10.1.0.1", DemoAccounts.Teamleitung("ERK-MI"), WrongPassword)).ShouldBe(HttpStatusCode.Unauthorized);
        var known = app.Hasher.Verifications - before;

        known.ShouldBe(1);
        unknown.ShouldBe(known, "an unknown account must verify a hash too, or timing tells the accounts apart");
        before = app.Hasher.Verifications;
        using var browser = app.CreateBrowserClient();
        (await LoginForm.SubmitAsync(browser, "auch-niemand@me-aktiv.example", WrongPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (app.Hasher.Verifications - before).ShouldBe(1, "the login form too");
    }

    [Fact]
    public async Task Failures_from_one_address_block_only_that_address_and_the_owner_signs_in_elsewhere()
    {
        var account = DemoAccounts.Teamleitung("MET-JO");
        using var owner = await TokenClientAsync("10.2.0.7", account);
        for (var i = 0; i < 3; i++)
        {
            (await LoginAsync("10.2.0.66", account, WrongPassword)).ShouldBe(HttpStatusCode.Unauthorized);
        }

        var before = app.Hasher.Verifications;
        (await LoginAsync("10.2.0.66", account, DemoAccounts.Password)).ShouldBe(HttpStatusCode.Unauthorized, "the attacker's address is blocked");
        (app.Hasher.Verifications - before).ShouldBe(1, "a blocked attempt costs a hash as well");

        (await LoginAsync("10.2.0.7", account, DemoAccounts.Password)).ShouldBe(HttpStatusCode.OK, "the owner at another PC is not locked out");
        (await owner.GetAsync("/api/v1/org-units", TestContext.Current.CancellationToken)).StatusCode
            .ShouldBe(HttpStatusCode.OK, "blocking an address ends no session of the owner (that would be the weapon again)");
    }

    [Fact]
    public async Task Failures_from_many_addresses_lock_the_account_and_end_its_tokens_and_cookies()
    {
        var ct = TestContext.Current.CancellationToken;
        var account = DemoAccounts.Teamleitung("MET-AGS");
        using var token = await TokenClientAsync("10.3.0.7", account);
        var (browser, cookie) = await CookieSessions.SignInAsync(app, account);
        browser.Dispose();
        using var replay = CookieSessions.Replaying(app, cookie);
        (await replay.GetAsync("/api/v1/org-units", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        for (var i = 0; i < 6; i++)
        {
            (await LoginAsync($"10.3.1.{i / 2}", account, WrongPassword)).ShouldBe(HttpStatusCode.Unauthorized); // 2 per address
        }

        (await token.GetAsync("/api/v1/org-units", ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a token issued before the lockout");
        (await replay.GetAsync("/api/v1/org-units", ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a cookie issued before the lockout");
        (await LoginAsync("10.3.9.9", account, DemoAccounts.Password)).ShouldBe(HttpStatusCode.Unauthorized, "locked for every address now");
    }

    private async Task<HttpStatusCode> LoginAsync(string address, string email, string password)
    {
        using var client = app.ClientFrom(address);
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private async Task<HttpClient> TokenClientAsync(string address, string email)
    {
        using var login = app.ClientFrom(address);
        using var response = await login.PostAsJsonAsync("/api/v1/auth/login", new { email, password = DemoAccounts.Password },
            TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>(TestContext.Current.CancellationToken))!;
        var client = app.ClientFrom(address);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }
}
