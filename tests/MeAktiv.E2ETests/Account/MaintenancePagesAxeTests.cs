using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Account;

/// <summary>
/// axe-core on the pages of the planning year and the administration (Ziele pflegen, Pflichten, Ziele importieren,
/// Termine pflegen, Kennzahlen je Jahr, Organisation, Änderungsprotokoll) and on the login page: no serious or critical
/// violation. The navigation's disabled placeholder links are left out, as on the dashboards.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MaintenancePagesAxeTests(KestrelAppFixture app) : IAsyncLifetime
{
    private static readonly AxeRunContext WithoutPlaceholderLinks = new()
    {
        Exclude = [new AxeSelector(".mud-nav-link.mud-nav-link-disabled")],
    };

    private readonly BrowserSessions _browser = new(app);

    public ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(20_000);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Axe_reports_no_serious_or_critical_violation_on_the_maintenance_pages()
    {
        var problems = new List<string>();
        var signedOut = await _browser.NewPageAsync();
        await signedOut.GotoAsync("/account/login");
        await CheckAsync(signedOut, "/account/login", problems);

        var gf = await _browser.NewPageAsync();
        await gf.SignInAtAsync("/ziele/pflege?jahr=2015&einheit=JC&kennzahl=ESF", "gf@me-aktiv.example", KestrelAppFixture.DemoPassword);
        foreach (var path in new[] { "/ziele/pflege?jahr=2015&einheit=JC&kennzahl=ESF", "/ziele/pflichten?jahr=2015", "/ziele/import", "/termine/pflege?jahr=2015" })
        {
            await gf.GotoAsync(path);
            await CheckAsync(gf, path, problems);
        }

        var admin = await _browser.NewPageAsync();
        await admin.SignInAtAsync("/verwaltung/kennzahlen", "admin@me-aktiv.example", KestrelAppFixture.DemoPassword);
        foreach (var path in new[] { "/verwaltung/kennzahlen", "/verwaltung/organisation", "/verwaltung/protokoll" })
        {
            await admin.GotoAsync(path);
            await CheckAsync(admin, path, problems);
        }

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    private static async Task CheckAsync(IPage page, string path, List<string> problems)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.Locator("h1").First).ToBeVisibleAsync();
        var result = await page.RunAxe(WithoutPlaceholderLinks);
        problems.AddRange(result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html).Distinct().Take(5))}"));
    }
}
