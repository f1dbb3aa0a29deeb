using System.Net;
using System.Text.RegularExpressions;
using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Reports;
using MeAktiv.Web.Features.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Dashboard;

/// <summary>
/// The dashboards' XLSX export (the pages' "Excel (XLSX)" button): it opens with ClosedXML, has one sheet per part, and
/// every number equals what the page shows (server-rendered HTML of the same view, same signed-in browser).
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed partial class DashboardExportTests(MeAktivAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_overview_xlsx_holds_every_card_with_the_numbers_of_the_page()
    {
        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var html = await GetHtmlAsync(browser, "/uebersicht?jahr=2015&monat=5");
        var xlsxUrl = DashLinks.OverviewXlsx("JC", 2015, 5);
        html.ShouldContain($"href=\"{xlsxUrl.Replace("&", "&amp;", StringComparison.Ordinal)}\"");
        var cards = CardsOnScreen(html);
        cards.Count.ShouldBeGreaterThan(10);

        using var workbook = await ReportScreen.WorkbookAsync(browser, xlsxUrl);
        workbook.Worksheets.Select(w => w.Name).ShouldBe(["BA-Ziele", "Lokale Ziele", "Kommunale Ziele", "Planungswerte", "Monitoring", "Berichtszahlen", "Verlauf 13 Monate"]);
        var overview = await OverviewAsync();
        foreach (var card in overview.Cards)
        {
            var row = workbook.Worksheets.Where(w => w.Name != "Verlauf 13 Monate").SelectMany(s => s.RowsUsed())
                .Single(r => r.Cell(1).GetString() == $"{card.Code} {card.Name}");
            var screen = cards[card.Code];
            Shown(row.Cell(2), c => German.Value(c, card.Unit, card.IsChange)).ShouldBe(screen["actual"], $"{card.Code} Ist");
            Shown(row.Cell(5), c => German.Value(c, card.Unit, card.IsChange)).ShouldBe(screen["phased"], $"{card.Code} Soll");
            Shown(row.Cell(6), c => German.Variance(c, card.Unit)).ShouldBe(screen["variance"], $"{card.Code} Abweichung");
            Shown(row.Cell(8), c => German.Value(c, card.Unit, card.IsChange)).ShouldBe(screen["forecast"], $"{card.Code} Prognose");
        }

        var k2 = workbook.Worksheet("BA-Ziele").RowsUsed().Single(r => r.Cell(1).GetString().StartsWith("K2 ", StringComparison.Ordinal));
        k2.Cell(6).Style.NumberFormat.Format.ShouldBe("+0.00\" Pp.\";-0.00\" Pp.\";0.00\" Pp.\"");
        k2.Cell(7).GetString().ShouldBe(cards["K2"]["light"]);
        var history = workbook.Worksheet("Verlauf 13 Monate");
        history.Row(5).Cell(3).GetString().ShouldBe("05/2014");
        history.Row(5).Cell(15).GetString().ShouldBe("05/2015");
        workbook.Worksheet("BA-Ziele").Cell(2, 1).GetString().ShouldContain("vorläufig");
        workbook.Worksheet("BA-Ziele").Cell(2, 1).GetString().ShouldContain("Demo-Daten");
    }

    [Fact]
    public async Task The_indicator_xlsx_holds_the_drill_down_of_the_page_and_its_sums()
    {
        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var html = await GetHtmlAsync(browser, "/uebersicht/kennzahl/K2?einheit=JC&jahr=2015&monat=5&ebene=Geschaeftsstelle");
        var onScreen = RankingRows().Matches(html).ToDictionary(m => m.Groups[1].Value, m => Decode(m.Groups[2].Value));
        onScreen.Count.ShouldBeGreaterThanOrEqualTo(5);

        using var workbook = await ReportScreen.WorkbookAsync(browser,
            DashLinks.IndicatorXlsx("K2", "JC", 2015, 5, OrgUnitKind.Geschaeftsstelle));
        workbook.Worksheets.Select(w => w.Name).ShouldBe(["Kennzahl", "Drill-down", "Verlauf", "Vorjahr", "Gleitend 12 Monate", "Komponenten"]);
        var drill = workbook.Worksheet("Drill-down");
        foreach (var (code, variance) in onScreen)
        {
            var name = UnitName().Match(html[html.IndexOf($"data-unit=\"{code}\" data-testid=\"ranking-row\"", StringComparison.Ordinal)..]).Groups[1].Value;
            var row = drill.RowsUsed().Single(r => r.Cell(2).GetString() == Decode(name));
            Shown(row.Cell(7), c => German.Variance(c, IndicatorUnit.Prozent)).ShouldBe(variance, code);
        }

        var parent = drill.RowsUsed().Single(r => r.Cell(2).GetString() == "Abweichung von Jobcenter ME-aktiv");
        Shown(parent.Cell(10), c => German.Variance(c, IndicatorUnit.Prozent))
            .ShouldBe(Decode(ParentVariance().Match(html).Groups[1].Value));
        var path = workbook.Worksheet("Verlauf");
        path.RowsUsed().Count(r => r.Cell(1).GetString().EndsWith("/2015", StringComparison.Ordinal)).ShouldBe(12);
    }

    [Fact]
    public async Task Export_refuses_a_team_of_another_teamleitung_and_bad_input_in_german()
    {
        using var teamB = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("HIL-LG"));
        var refused = await teamB.GetAsync("/api/v1/dashboard?unit=VEL-MI&year=2015&month=5&format=xlsx", Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldNotContain("K2");

        var badMonth = await teamB.GetAsync("/api/v1/dashboard?unit=HIL-LG&year=2015&month=13&format=xlsx", Ct);
        badMonth.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badMonth.Content.ReadAsStringAsync(Ct)).ShouldContain("Monat (1–12)");
        var badFormat = await teamB.GetAsync("/api/v1/dashboard?unit=HIL-LG&year=2015&format=pdf", Ct);
        badFormat.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var noIndicator = await teamB.GetAsync("/api/v1/dashboard/indicators/XYZ?unit=HIL-LG&year=2015", Ct);
        noIndicator.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await noIndicator.Content.ReadAsStringAsync(Ct)).ShouldContain("Die Kennzahl 'XYZ' gibt es nicht.");
    }

    private async Task<DashboardOverview> OverviewAsync()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DashboardService>().OverviewAsync(gf, "JC", 2015, 5, Ct);
    }

    private static async Task<string> GetHtmlAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>What a spreadsheet cell shows, in the page's format ("–" for an empty cell).</summary>
    private static string Shown(ClosedXML.Excel.IXLCell cell, Func<decimal?, string> format) =>
        format(cell.DataType == ClosedXML.Excel.XLDataType.Number ? ReportScreen.Number(cell) : null);

    /// <summary>Per card (data-indicator) the texts of its data-col cells and its light.</summary>
    private static Dictionary<string, Dictionary<string, string>> CardsOnScreen(string html) =>
        html.Split("data-testid=\"indicator-card\"").Skip(1).ToDictionary(
            part => IndicatorCode().Match(part).Groups[1].Value,
            part => Columns().Matches(part).ToDictionary(m => m.Groups[1].Value, m => Decode(m.Groups[2].Value))
                .Append(new KeyValuePair<string, string>("light", LightOf(part)))
                .ToDictionary(kv => kv.Key, kv => kv.Value));

    private static string LightOf(string card) => Light().Match(card).Groups[1].Value switch
    {
        "green" => "grün",
        "yellow" => "gelb",
        "red" => "rot",
        _ => "keine",
    };

    private static string Decode(string text) => WebUtility.HtmlDecode(text).Trim();

    [GeneratedRegex("^[^>]*data-indicator=\"([^\"]+)\"")]
    private static partial Regex IndicatorCode();

    [GeneratedRegex("data-light=\"([^\"]+)\"")]
    private static partial Regex Light();

    [GeneratedRegex("data-col=\"(actual|phased|variance|forecast)\"[^>]*>([^<]*)<")]
    private static partial Regex Columns();

    [GeneratedRegex("data-unit=\"([^\"]+)\" data-testid=\"ranking-row\".*?data-col=\"variance\">([^<]*)<", RegexOptions.Singleline)]
    private static partial Regex RankingRows();

    [GeneratedRegex("data-testid=\"drill-link\"[^>]*>([^<]*)<")]
    private static partial Regex UnitName();

    [GeneratedRegex("data-testid=\"parent-variance\">([^<]*)<")]
    private static partial Regex ParentVariance();
}
