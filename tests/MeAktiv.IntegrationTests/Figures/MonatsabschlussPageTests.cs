using System.Net;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>
/// Issue 16 (5): the Monatsabschluss lists the units that owe figures for the month (reporting duties), and its counts
/// agree with the close-all button. May 2015 in the demo: 21 units owe figures, all have submitted, none closed; the
/// Bereichsleitung closes its two areas (20 units), not the Jobcenter.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class MonatsabschlussPageTests(MeAktivAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> PageAsync(string email)
    {
        using var browser = await app.CreateSignedInBrowserClientAsync(email);
        return WebUtility.HtmlDecode(await browser.GetStringAsync("/monatsabschluss?monat=2015-05", Ct));
    }

    [Fact]
    public async Task The_summary_counts_the_units_that_owe_figures_like_the_close_all_button()
    {
        var gf = await PageAsync(DemoAccounts.Geschaeftsfuehrung);
        gf.ShouldContain("21 meldepflichtige Einheiten · 21 eingereicht · 0 abgeschlossen · 0 im Entwurf, davon 0 verspätet");
        gf.ShouldContain("Alle eingereichten abschließen (21)");
        gf.ShouldNotContain("data-unit=\"MET-AGS\"", customMessage: "the Arbeitgeberservice owes nothing");

        var bl = await PageAsync(DemoAccounts.Bereichsleitung);
        bl.ShouldContain("21 meldepflichtige Einheiten · 21 eingereicht (davon 20 von Ihnen abzuschließen) · 0 abgeschlossen");
        bl.ShouldContain("Alle eingereichten abschließen (20)");
    }
}
