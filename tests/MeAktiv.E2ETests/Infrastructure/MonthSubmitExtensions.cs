using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Infrastructure;

public static class MonthSubmitExtensions
{
    /// <summary>
    /// Clicks "Monat einreichen" of <paramref name="unit"/> in the Erfassung; when the dialog asks for comments on
    /// off-track targets (docs/kennzahlen.md, "Kommentar bei Zielabweichung"), writes one per target and submits it.
    /// Waits until the month is submitted; returns the clicks the dialog took (0 without one).
    /// </summary>
    public static async Task<int> SubmitMonthAsync(this IPage page, string unit, string comment = "Kommentar aus dem Browsertest")
    {
        await page.GetByTestId("submit").ClickAsync();
        var submitted = page.GetByTestId($"workflow-{unit}").And(page.Locator("[data-state=Eingereicht]"));
        var dialog = page.GetByTestId("deviation-submit");
        await Expect(submitted.Or(dialog)).ToBeVisibleAsync();
        var clicks = 0;
        if (await dialog.IsVisibleAsync())
        {
            foreach (var text in await page.Locator("textarea[data-testid^=deviation-text-], [data-testid^=deviation-text-] textarea").AllAsync())
            {
                await text.FillAsync(comment);
            }

            await dialog.ClickAsync();
            clicks++;
        }

        await Expect(page.GetByTestId($"workflow-{unit}")).ToContainTextAsync("Eingereicht");
        return clicks;
    }
}
