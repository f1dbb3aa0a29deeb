using System.Net;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Reliability;

/// <summary>
/// Issue 20: while the first start migrates and seeds, the browser got nothing for half a minute. Now the app answers
/// at once: every path (pages, API, <c>/health</c>, static files) gets 503 with <c>Retry-After</c> and the German page
/// "Datenbank wird vorbereitet …" that reloads itself, until the database is ready. The start-up is held by the
/// test hook <see cref="DatabaseStartupHold"/> (the real SQLite file and initialiser, only started later).
/// </summary>
public sealed class DatabasePreparingTests(DatabasePreparingTests.HeldApp app) : IClassFixture<DatabasePreparingTests.HeldApp>
{
    [Fact]
    public async Task Every_path_gets_the_German_503_page_until_the_database_is_ready_then_the_app_answers()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateBrowserClient();
        app.Services.GetRequiredService<DatabaseStartup>().IsReady.ShouldBeFalse("held by the test");

        foreach (var path in new[] { "/", "/account/login", "/ziele", "/health", "/favicon.ico" })
        {
            using var response = await client.GetAsync(path, ct);
            response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, path);
            response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(DatabasePreparingMiddleware.RetrySeconds), path);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html", path);
            var html = await response.Content.ReadAsStringAsync(ct);
            html.ShouldContain("<h1>Datenbank wird vorbereitet …</h1>", customMessage: path);
            html.ShouldContain($"<meta http-equiv=\"refresh\" content=\"{DatabasePreparingMiddleware.RetrySeconds}\" />", customMessage: path);
            html.ShouldContain("lang=\"de\"", customMessage: path);
        }

        using (var api = await client.GetAsync("/api/v1/indicators", ct))
        {
            api.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await api.Content.ReadAsStringAsync(ct)).ShouldContain("Datenbank wird vorbereitet");
        }

        app.Services.GetRequiredService<DatabaseStartupHold>().Release();
        await app.Services.GetRequiredService<DatabaseStartup>().Ready.WaitAsync(TimeSpan.FromMinutes(3), ct);

        (await client.GetAsync("/health", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var login = await client.GetAsync("/account/login", ct);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await login.Content.ReadAsStringAsync(ct);
        page.ShouldContain("Anmelden");
        page.ShouldContain("<link rel=\"icon\" type=\"image/x-icon\" href=\"favicon.ico\"");
        using var icon = await client.GetAsync("/favicon.ico", ct); // no 404 on every page (issue 20)
        icon.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await icon.Content.ReadAsByteArrayAsync(ct))[..4].ShouldBe(new byte[] { 0, 0, 1, 0 }); // an ICO file
    }

    /// <summary>The app with its database start-up held until the test releases it.</summary>
    public sealed class HeldApp : MeAktivAppFactory
    {
        protected override bool WaitForDatabase => false;

        protected override void ConfigureSettings(IWebHostBuilder builder) =>
            builder.ConfigureTestServices(s => s.AddSingleton(new DatabaseStartupHold()));
    }
}
