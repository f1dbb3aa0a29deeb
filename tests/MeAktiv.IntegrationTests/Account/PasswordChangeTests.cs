using System.Net;
using System.Net.Http.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Users;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Account;

/// <summary>
/// Self-service password change (API and page, with the current password) and the reset by the Administration that
/// forces a change before the app can be used. A change ends every other session and token; each step is audited.
/// </summary>
public sealed class PasswordChangeTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private const string NewPassword = "Eigenes!2016";

    [Fact]
    public async Task The_api_changes_the_own_password_with_the_current_one_and_ends_the_old_token()
    {
        var ct = TestContext.Current.CancellationToken;
        var account = DemoAccounts.Teamleitung("MET-LG");
        using var api = await app.CreateApiClientAsync(account);

        (await (await Change(api, "Falsch!2015", NewPassword)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail").ShouldBe("Das bisherige Passwort ist falsch.");
        (await (await Change(api, DemoAccounts.Password, "kurz")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("mindestens 8 Zeichen");
        (await (await Change(api, DemoAccounts.Password, DemoAccounts.Password)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail").ShouldBe("Das neue Passwort muss sich vom bisherigen unterscheiden.");
        (await api.GetAsync("/api/v1/org-units", ct)).StatusCode.ShouldBe(HttpStatusCode.OK, "refused changes end nothing");

        (await Change(api, DemoAccounts.Password, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await api.GetAsync("/api/v1/org-units", ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the token from before the change");
        (await LoginStatusAsync(account, DemoAccounts.Password)).ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginStatusAsync(account, NewPassword)).ShouldBe(HttpStatusCode.OK);
        var audit = (await AuditAsync(account)).ShouldHaveSingleItem();
        audit.Action.ShouldBe("Passwort geändert");
        audit.User.ShouldBe(account);
        audit.NewValues!.ShouldNotContain(NewPassword);
    }

    [Fact]
    public async Task The_page_from_the_app_bar_changes_the_password_keeps_this_browser_signed_in_and_ends_other_sessions()
    {
        var ct = TestContext.Current.CancellationToken;
        var account = DemoAccounts.Teamleitung("ERK-LG");
        var (other, otherCookie) = await CookieSessions.SignInAsync(app, account);
        other.Dispose();
        using var otherBrowser = CookieSessions.Replaying(app, otherCookie);
        using var browser = await app.CreateSignedInBrowserClientAsync(account);
        (await browser.GetStringAsync("/hilfe", ct)).ShouldContain("href=\"/account/passwort\"");

        using var wrong = await SubmitAsync(browser, "Falsch!2015", NewPassword, NewPassword);
        (await wrong.Content.ReadAsStringAsync(ct)).ShouldContain("Das bisherige Passwort ist falsch.");
        using var mismatch = await SubmitAsync(browser, DemoAccounts.Password, NewPassword, NewPassword + "x");
        WebUtility.HtmlDecode(await mismatch.Content.ReadAsStringAsync(ct)).ShouldContain("Die beiden neuen Passwörter stimmen nicht überein.");

        using var done = await SubmitAsync(browser, DemoAccounts.Password, NewPassword, NewPassword);
        done.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await done.Content.ReadAsStringAsync(ct)).ShouldContain("data-testid=\"password-changed\"");
        CookieSessions.AuthCookie(done).ShouldNotBeNull("the browser gets a new cookie");

        (await browser.GetAsync("/hilfe", ct)).StatusCode.ShouldBe(HttpStatusCode.OK, "this browser stays signed in");
        var stale = await otherBrowser.GetAsync("/hilfe", ct);
        stale.StatusCode.ShouldBe(HttpStatusCode.Redirect, "another browser's session ended");
        stale.RedirectTarget()!.ShouldStartWith(LoginForm.Path);
        (await LoginStatusAsync(account, NewPassword)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_reset_by_the_administration_forces_a_change_before_the_app_can_be_used()
    {
        var ct = TestContext.Current.CancellationToken;
        var account = DemoAccounts.Teamleitung("RAT-LG");
        const string temporary = "Vorlaeufig!2016";
        using var before = await app.CreateApiClientAsync(account);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var admin = new UserScope(DemoAccounts.Administration, new HashSet<string> { Roles.Administration }, new HashSet<int>(), new HashSet<int>());
            var users = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();
            var id = (await users.ListAsync(admin, ct))!.Single(u => u.Email == account).Id;
            (await users.ResetPasswordAsync(admin, id, temporary, ct)).Errors.ShouldBeEmpty();
            (await users.ListAsync(admin, ct))!.Single(u => u.Email == account).PasswordChangeRequired.ShouldBeTrue();
        }

        (await before.GetAsync("/api/v1/org-units", ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the reset ends earlier tokens");
        using var api = await app.CreateApiClientAsync(account, temporary);
        (await (await api.GetAsync("/api/v1/org-units", ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden))
            .Text("detail")!.ShouldContain("muss zuerst geändert werden");
        using var browser = await app.CreateSignedInBrowserClientAsync(account, temporary);
        foreach (var page in new[] { "/", "/erfassung", "/hilfe" })
        {
            var response = await browser.GetAsync(page, ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            response.RedirectTarget().ShouldBe("/account/passwort", page);
        }

        (await browser.GetStringAsync("/account/passwort", ct)).ShouldContain("data-testid=\"password-change-required\"");
        (await Change(api, temporary, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var after = await app.CreateApiClientAsync(account, NewPassword);
        (await after.GetAsync("/api/v1/org-units", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var signedIn = await app.CreateSignedInBrowserClientAsync(account, NewPassword);
        (await signedIn.GetAsync("/hilfe", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AuditAsync(account)).Select(a => a.Action).ShouldBe(["Passwort zurückgesetzt", "Passwort geändert"]);
    }

    private static Task<HttpResponseMessage> Change(HttpClient api, string current, string next) =>
        api.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = current, newPassword = next }, TestContext.Current.CancellationToken);

    /// <summary>GET the password page, POST its form back with the three fields.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string current, string next, string repeat)
    {
        var ct = TestContext.Current.CancellationToken;
        using var page = await browser.GetAsync("/account/passwort", ct);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var fields = LoginForm.HiddenInputs(await page.Content.ReadAsStringAsync(ct));
        fields["Input.Current"] = current;
        fields["Input.New"] = next;
        fields["Input.Repeat"] = repeat;
        using var form = new FormUrlEncodedContent(fields);
        return await browser.PostAsync("/account/passwort", form, ct);
    }

    private async Task<HttpStatusCode> LoginStatusAsync(string email, string password)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private async Task<List<Core.Domain.AuditEntry>> AuditAsync(string email)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.AuditEntries.Where(a => a.EntityType == UserAdministrationService.AuditType && a.EntityKey == email)
            .OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
    }
}
