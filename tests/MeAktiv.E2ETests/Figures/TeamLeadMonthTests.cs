using System.Diagnostics;
using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Figures;

/// <summary>
/// A team lead's month from login to submitted, measured (clicks and seconds, docs/performance.md): the start page's
/// owed-month link opens the Erfassung of that month, a row copied from Excel (components across) is pasted into the
/// team's column, saved and submitted. And the Erfassung follows two quick query changes of the same route to the last
/// one. Own app (class fixture): it submits VEL-MI's June.
/// </summary>
[Collection(ErfassungCollection.Name)]
public sealed class TeamLeadMonthTests(KestrelAppFixture app) : IAsyncLifetime, IClassFixture<KestrelAppFixture>
{
    private const string TeamLead = "tl-vel-mi@me-aktiv.example";
    private readonly BrowserSessions _browser = new(app);

    public ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task From_login_to_submitted_through_the_owed_month_link_and_a_pasted_Excel_row()
    {
        var page = await _browser.NewPageAsync(new ViewportSize { Width = 1366, Height = 768 });
        var clicks = 0;
        var clock = Stopwatch.StartNew();
        await page.GotoAsync("/");
        await page.Locator("#email").FillAsync(TeamLead);
        await page.Locator("#password").FillAsync(KestrelAppFixture.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync(); clicks++;

        var owed = page.GetByTestId("open-months").Locator("a", new() { HasText = "Velbert" }).First;
        await owed.ClickAsync(); clicks++;
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("monat=2015-06"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Erfassung Juni 2015" })).ToBeVisibleAsync();
        await page.Locator("table[data-grid-ready]").WaitForAsync();

        var first = page.GetByTestId("cell-K2-INT-VEL-MI");
        await first.ClickAsync(); clicks++;
        await first.PasteTextAsync("79\t4.950\t3.601\r\n"); // one Excel row, the components across
        await Expect(page.GetByTestId("paste-report")).ToContainTextAsync("3 Werte eingefügt (Zeile aus Excel untereinander übernommen)");
        await Expect(first).ToHaveValueAsync("79");
        await Expect(page.GetByTestId("dirty-count")).ToHaveTextAsync("3 ungespeicherte Änderungen");

        await page.GetByTestId("save").ClickAsync(); clicks++;
        await Expect(page.GetByTestId("dirty-count")).ToHaveTextAsync("Keine ungespeicherten Änderungen");
        clicks++; // "Monat einreichen"; its red targets ask for comments: one more click, after typing them
        var commentClicks = await page.SubmitMonthAsync("VEL-MI");
        clicks += commentClicks;
        clock.Stop();

        TestContext.Current.SendDiagnosticMessage($"Team lead's month, login to submitted: {clicks} clicks, {clock.Elapsed.TotalSeconds:0.0} s");
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "me-aktiv-teamlead-month.txt"), $"{clicks};{clock.Elapsed.TotalSeconds:0.0}");
        commentClicks.ShouldBe(1);
        clicks.ShouldBe(6);
    }

    [Fact]
    public async Task The_Erfassung_follows_quick_query_changes_of_the_same_route_to_the_last_one()
    {
        var page = await _browser.NewPageAsync();
        await page.SignInAtAsync("/erfassung?einheit=VEL-MI&monat=2015-03", TeamLead, KestrelAppFixture.DemoPassword);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Erfassung März 2015" })).ToBeVisibleAsync();

        for (var i = 0; i < 6; i++)
        {
            // Two changes in one go: the first load may still run when the second starts; the page must show the second.
            var (a, b) = i % 2 == 0 ? ("2015-04", "2015-05") : ("2015-05", "2015-04");
            await page.EvaluateAsync($"() => {{ Blazor.navigateTo('/erfassung?einheit=VEL-MI&monat={a}'); Blazor.navigateTo('/erfassung?einheit=VEL-MI&monat={b}'); }}");
            var name = b == "2015-05" ? "Erfassung Mai 2015" : "Erfassung April 2015";
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
            await page.Locator("table[data-grid-ready]").WaitForAsync();
            // The grid itself is the second month's (its cells name their month), not only the heading.
            await Expect(page.GetByTestId("cell-K2-INT-VEL-MI")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex($"{b[5..]}/2015$"));
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"monat={b}"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync(); // and stays
        }
    }
}
