using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Reports;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>
/// Privacy:MinCellSize on the dashboards (page, JSON, XLSX) and the review screen (live and frozen): with a minimum so
/// large that every count is small, the Träger sees "&lt; n" for K3 (a count) but the Integrationsquote (a rate), and
/// the Geschäftsführung sees everything; a frozen snapshot stays as stored.
/// </summary>
public sealed class SmallCellDashboardTests(HugeMinCellAppFactory app) : IClassFixture<HugeMinCellAppFactory>
{
    private static readonly string Hidden = $"< {HugeMinCellAppFactory.MinCellSize}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_dashboard_page_json_and_xlsx_hide_counts_from_the_traeger_only()
    {
        using var traeger = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Traeger);
        using var gf = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var forTraeger = WebUtility.HtmlDecode(await traeger.GetStringAsync("/uebersicht?jahr=2015&monat=5", Ct));
        var forGf = WebUtility.HtmlDecode(await gf.GetStringAsync("/uebersicht?jahr=2015&monat=5", Ct));
        forTraeger.ShouldContain(Hidden);
        forTraeger.ShouldContain("aus Gründen des Datenschutzes nicht ausgewiesen");
        forGf.ShouldNotContain(Hidden);

        var json = await traeger.GetFromJsonAsync<JsonElement>("/api/v1/dashboard?unit=JC&year=2015&month=5", Ct);
        var cards = json.GetProperty("cards").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        cards["K3"].GetProperty("result").GetProperty("actual").ValueKind.ShouldBe(JsonValueKind.Null);
        cards["K3"].GetProperty("result").GetProperty("variance").ValueKind.ShouldBe(JsonValueKind.Null);
        cards["K3"].GetProperty("result").GetProperty("forecast").ValueKind.ShouldBe(JsonValueKind.Null);
        cards["K3"].GetProperty("actualHiddenBelow").GetInt32().ShouldBe(HugeMinCellAppFactory.MinCellSize);
        cards["K3"].GetProperty("sparkline").EnumerateArray().ShouldAllBe(p => p.GetProperty("value").ValueKind == JsonValueKind.Null);
        cards["K2"].GetProperty("result").GetProperty("actual").ValueKind.ShouldBe(JsonValueKind.Number);

        using var workbook = await ReportScreen.WorkbookAsync(traeger, "/api/v1/dashboard?unit=JC&year=2015&month=5&format=xlsx");
        var k3 = workbook.Worksheet("BA-Ziele").RowsUsed().Single(r => r.Cell(1).GetString().StartsWith("K3 ", StringComparison.Ordinal));
        k3.Cell(2).GetString().ShouldBe(Hidden);
        workbook.Worksheet("BA-Ziele").Cell(3, 1).GetString().ShouldContain("Datenschutz");
        using var gfBook = await ReportScreen.WorkbookAsync(gf, "/api/v1/dashboard?unit=JC&year=2015&month=5&format=xlsx");
        gfBook.Worksheet("BA-Ziele").RowsUsed().Single(r => r.Cell(1).GetString().StartsWith("K3 ", StringComparison.Ordinal))
            .Cell(2).GetDouble().ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public async Task The_indicator_page_hides_unit_counts_and_raw_components_from_the_traeger()
    {
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        var view = await traeger.GetFromJsonAsync<JsonElement>("/api/v1/dashboard/indicators/K3?unit=JC&year=2015&month=5", Ct);

        var rows = view.GetProperty("ranking").GetProperty("rows").EnumerateArray().ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.GetProperty("actual").ValueKind == JsonValueKind.Null);
        // Every site is hidden with its contribution (Erkrath, merged into Mettmann, is part of Mettmann's line).
        var hidden = rows.Where(r => r.GetProperty("actualHiddenBelow").ValueKind == JsonValueKind.Number).ToList();
        hidden.Count.ShouldBe(rows.Count);
        view.GetProperty("ranking").GetProperty("dissolved").EnumerateArray().ShouldBeEmpty();
        // The § 48a variant of K3 shows no count below the limit, nor the change computed from it.
        view.GetProperty("official").GetProperty("months").EnumerateArray().ShouldAllBe(m =>
            m.GetProperty("value").ValueKind == JsonValueKind.Null && m.GetProperty("change").ValueKind == JsonValueKind.Null);
        hidden.ShouldAllBe(r => r.GetProperty("contribution").ValueKind == JsonValueKind.Null && r.GetProperty("variance").ValueKind == JsonValueKind.Null);
        view.GetProperty("path").EnumerateArray().ShouldAllBe(p => p.GetProperty("actual").ValueKind == JsonValueKind.Null);
        view.GetProperty("components").EnumerateArray().SelectMany(c => c.GetProperty("thisYear").EnumerateArray())
            .ShouldAllBe(v => v.ValueKind == JsonValueKind.Null);
        view.GetProperty("smallCellLimit").GetInt32().ShouldBe(HugeMinCellAppFactory.MinCellSize);

        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var full = await gf.GetFromJsonAsync<JsonElement>("/api/v1/dashboard/indicators/K3?unit=JC&year=2015&month=5", Ct);
        full.GetProperty("ranking").GetProperty("rows").EnumerateArray().ShouldContain(r => r.GetProperty("actual").ValueKind == JsonValueKind.Number);
        full.GetProperty("smallCellLimit").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_review_hides_counts_from_the_traeger_live_and_in_a_snapshot_which_stays_as_stored()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        // Quarter 1 (it was quarter 2): June is in Entwurf in the demo and only submitted or closed figures count
        // (docs/kennzahlen.md, "Datenstand"), so K3 has no value at all in June, for everyone — nothing to hide.
        var live = await traeger.GetFromJsonAsync<JsonElement>("/api/v1/review?year=2015&quarter=1", Ct);
        Slide(live, "K3").GetProperty("actual").ValueKind.ShouldBe(JsonValueKind.Null);
        Slide(live, "K3").GetProperty("actualHiddenBelow").GetInt32().ShouldBe(HugeMinCellAppFactory.MinCellSize);
        Slide(live, "K2").GetProperty("actual").ValueKind.ShouldBe(JsonValueKind.Number);

        using var created = await gf.PostAsJsonAsync("/api/v1/review/snapshots", new { year = 2015, quarter = 1, title = "Kleine Zellen" }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
        var stored = await gf.GetStringAsync($"/api/v1/review/snapshots/{id}", Ct);
        var forGf = JsonDocument.Parse(stored).RootElement;
        Slide(forGf, "K3").GetProperty("actual").GetDecimal().ShouldBeGreaterThan(10_000);

        var forTraeger = await traeger.GetFromJsonAsync<JsonElement>($"/api/v1/review/snapshots/{id}", Ct);
        Slide(forTraeger, "K3").GetProperty("actual").ValueKind.ShouldBe(JsonValueKind.Null);
        Slide(forTraeger, "K3").GetProperty("points").EnumerateArray().ShouldAllBe(p => p.GetProperty("value").ValueKind == JsonValueKind.Null);
        (await gf.GetStringAsync($"/api/v1/review/snapshots/{id}", Ct)).ShouldBe(stored);

        using var page = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Traeger);
        WebUtility.HtmlDecode(await page.GetStringAsync($"/review/stand/{id}", Ct)).ShouldContain(Hidden);
    }

    [Fact]
    public async Task The_attainment_report_hides_counts_from_the_traeger_on_the_page_and_in_the_xlsx()
    {
        // Quarter 1 (it was quarter 2): June's figures are drafts and count nowhere (docs/kennzahlen.md, "Datenstand").
        using var traeger = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Traeger);
        var page = await ReportScreen.CellsAsync(traeger, "/berichte/zielerreichung?jahr=2015&quartal=1");
        page["JC|K3|ist"].ShouldBe(Hidden);
        page["JC|K2|ist"].ShouldNotBe(Hidden);
        using var workbook = await ReportScreen.WorkbookAsync(traeger, "/api/v1/reports/attainment?year=2015&quarter=1&format=xlsx");
        ReportScreen.Row(workbook.Worksheet("JC"), "K3 Bestand Langzeitleistungsbezieher").Cell(5).GetString().ShouldBe(Hidden);

        using var gf = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);
        (await ReportScreen.CellsAsync(gf, "/berichte/zielerreichung?jahr=2015&quartal=1"))["JC|K3|ist"].ShouldNotBe(Hidden);
    }

    private static JsonElement Slide(JsonElement model, string code) =>
        model.GetProperty("targets").EnumerateArray().Single(s => s.GetProperty("code").GetString() == code);
}
