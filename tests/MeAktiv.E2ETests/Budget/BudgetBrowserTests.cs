using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Budget;

/// <summary>
/// Issue 21 in the browser: Finanzen enters June 2015 on „Haushalt erfassen“ (every line), saves and submits it; the
/// Geschäftsführung then sees June as the budget's Stand on „Haushalt“, with the § 16a line to report to the Kreis.
/// Own app (class fixture): it submits June.
/// </summary>
public sealed class BudgetBrowserTests(KestrelAppFixture app) : IAsyncLifetime, IClassFixture<KestrelAppFixture>
{
    private readonly BrowserSessions _browser = new(app);

    public ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Finanzen_enters_and_submits_a_month_and_the_Geschaeftsfuehrung_sees_it_on_the_budget_page()
    {
        var fin = await _browser.NewPageAsync();
        await fin.SignInAtAsync("/budget/erfassung?jahr=2015&monat=6", "fin@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await Expect(fin.GetByTestId("entry-state")).ToContainTextAsync("Juni 2015: im Entwurf");
        var rows = fin.GetByTestId("entry-grid").Locator("tbody tr");
        var count = await rows.CountAsync();
        count.ShouldBe(13);
        for (var i = 0; i < count; i++)
        {
            var row = rows.Nth(i);
            var psb = await row.GetAttributeAsync("data-line") == "K16A-PSB";
            await row.Locator("input[data-field=committed]").FillAsync("1.000,00");
            await row.Locator("input[data-field=paid]").FillAsync(psb ? "90.000,00" : "10.000,50");
            await row.Locator("input[data-field=paid]").PressAsync("Tab");
        }

        await fin.GetByTestId("entry-save").ClickAsync();
        await Expect(fin.GetByTestId("entry-message")).ToContainTextAsync("13 Position(en) gespeichert.");
        await fin.GetByTestId("entry-submit").ClickAsync();
        await Expect(fin.GetByTestId("entry-message")).ToContainTextAsync("Juni 2015 ist eingereicht.");

        var gf = await _browser.NewPageAsync();
        await gf.SignInAtAsync("/budget?jahr=2015", "gf@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await Expect(gf.GetByTestId("budget-stand")).ToContainTextAsync("Stand Juni 2015");
        await Expect(gf.GetByTestId("budget-lines").Locator("tr[data-line=K16A-PSB]")).ToContainTextAsync("Kreis informieren");
        await Expect(gf.GetByTestId("budget-gesamt")).ToContainTextAsync("42.049.055 €");
    }
}
