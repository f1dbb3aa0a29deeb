using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Figures;

/// <summary>
/// Issue 22: a team lead submits June 2015 of VEL-MI, whose targets will be red once it counts; the Erfassung asks for a
/// comment per red target (value, target, light), refuses without them, and submits with them; the Geschäftsführung
/// reads the comment on the Kennzahl page of the team and month. Own app (class fixture): it submits a month.
/// </summary>
[Collection(ErfassungCollection.Name)]
public sealed class DeviationCommentBrowserTests(KestrelAppFixture app) : IAsyncLifetime, IClassFixture<KestrelAppFixture>
{
    private readonly BrowserSessions _browser = new(app);

    public ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task A_team_lead_comments_the_red_targets_when_submitting_and_gf_reads_the_comment_on_the_Kennzahl_page()
    {
        var tl = await _browser.NewPageAsync();
        await tl.SignInAtAsync("/erfassung?einheit=VEL-MI&monat=2015-06", "tl-vel-mi@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await tl.Locator("table[data-grid-ready]").WaitForAsync();

        await tl.GetByTestId("submit").ClickAsync();
        var k2 = tl.GetByTestId("deviation-K2");
        await Expect(k2).ToContainTextAsync("Integrationsquote (K2)");
        await Expect(k2.GetByTestId("deviation-figures")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Ist \d+,\d %.*Ziel \d+,\d %.*rot"));

        await tl.GetByTestId("deviation-submit").ClickAsync();
        await Expect(tl.GetByTestId("deviation-error")).ToContainTextAsync("Bitte zu jeder Abweichung einen Kommentar eingeben");
        await Expect(tl.GetByTestId("workflow-VEL-MI")).ToHaveAttributeAsync("data-state", "Entwurf");

        foreach (var text in await tl.Locator("textarea[data-testid^=deviation-text-], [data-testid^=deviation-text-] textarea").AllAsync())
        {
            await text.FillAsync("Zwei Vermittlerstellen im Juni unbesetzt");
        }

        await tl.GetByTestId("deviation-submit").ClickAsync();
        await Expect(tl.GetByTestId("workflow-VEL-MI")).ToHaveAttributeAsync("data-state", "Eingereicht");
        await tl.CloseAsync();

        var gf = await _browser.NewPageAsync();
        await gf.SignInAtAsync("/uebersicht/kennzahl/K2?einheit=VEL-MI&jahr=2015&monat=6", "gf@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await Expect(gf.GetByTestId("comment-current")).ToHaveTextAsync("Zwei Vermittlerstellen im Juni unbesetzt");
    }
}
