using System.Net;
using System.Text.RegularExpressions;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>Security headers on pages, the API and error answers; HSTS on HTTPS outside Development; the CSP nonce.</summary>
[Collection(SharedAppCollection.Name)]
public sealed partial class SecurityHeadersTests(MeAktivAppFactory app)
{
    [Theory]
    [InlineData("/account/login")]        // static page
    [InlineData("/api/v1/org-units")]     // API, 401
    [InlineData("/gibt-es-nicht")]        // status page 404
    [InlineData("/health")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var client = app.CreateBrowserClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
        Header(response, "Referrer-Policy").ShouldBe("strict-origin-when-cross-origin");
        var csp = Header(response, "Content-Security-Policy").ShouldNotBeNull();
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("object-src 'none'");
        csp.ShouldNotContain("unsafe-eval");
        Regex.IsMatch(csp, @"script-src [^;]*'unsafe-inline'").ShouldBeFalse("inline scripts only with the nonce");
    }

    [Fact]
    public async Task The_inline_import_map_carries_the_nonce_of_its_own_answer_and_the_nonce_changes()
    {
        using var client = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var ct = TestContext.Current.CancellationToken;

        using var first = await client.GetAsync("/ziele", ct);
        using var second = await client.GetAsync("/ziele", ct);

        var html = await first.Content.ReadAsStringAsync(ct);
        var nonce = Nonce().Match(Header(first, "Content-Security-Policy")!).Groups[1].Value;
        nonce.ShouldNotBeNullOrEmpty();
        // The attribute is HTML-encoded ('+' becomes &#x2B;); the browser decodes it before comparing with the header.
        html = System.Net.WebUtility.HtmlDecode(html);
        html.ShouldContain($"<script type=\"importmap\" nonce=\"{nonce}\"");
        Nonce().Match(Header(second, "Content-Security-Policy")!).Groups[1].Value.ShouldNotBe(nonce);
        // every inline script of the page is covered by the nonce
        InlineScript().Matches(html).Select(m => m.Value).ShouldAllBe(tag => tag.Contains($"nonce=\"{nonce}\""));
    }

    [Fact]
    public async Task Https_answers_outside_development_carry_hsts()
    {
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://zielnachhaltung.jobcenter.example/"), AllowAutoRedirect = false });

        using var response = await client.GetAsync("/account/login", TestContext.Current.CancellationToken);

        Header(response, "Strict-Transport-Security").ShouldNotBeNull().ShouldStartWith("max-age=");
    }

    [Fact]
    public async Task The_api_sends_no_hsts_over_plain_http_and_no_server_internals()
    {
        using var client = app.CreateBrowserClient();

        using var response = await client.GetAsync("/api/v1/org-units", TestContext.Current.CancellationToken);

        Header(response, "Strict-Transport-Security").ShouldBeNull();
        Header(response, "X-Powered-By").ShouldBeNull();
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    [GeneratedRegex(@"'nonce-([^']+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex(@"<script\b(?![^>]*\bsrc=)[^>]*>")]
    private static partial Regex InlineScript();
}
