using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>A minimum cell size so large that every count is "small": the Träger sees none, the Geschäftsführung all.</summary>
public sealed class HugeMinCellAppFactory : MeAktivAppFactory
{
    public const int MinCellSize = 10_000_000;

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.UseSetting("Privacy:MinCellSize", MinCellSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>Privacy:MinCellSize in the attainment and series API, the Zielübersicht and the § 16a and BuT reports.</summary>
public sealed class SmallCellTests(HugeMinCellAppFactory app) : IClassFixture<HugeMinCellAppFactory>
{
    [Fact]
    public async Task Attainment_hides_counts_from_the_traeger_but_not_rates_and_not_from_the_geschaeftsfuehrung()
    {
        var counts = await CountIndicatorsAsync();
        var traeger = await AttainmentAsync(DemoAccounts.Traeger);
        var gf = await AttainmentAsync(DemoAccounts.Geschaeftsfuehrung);

        var hidden = traeger.Where(r => counts.Contains(r.GetProperty("indicator").GetString()!)).ToList();
        hidden.ShouldNotBeEmpty();
        hidden.ShouldAllBe(r => r.GetProperty("suppressed").GetBoolean() && r.GetProperty("actual").ValueKind == JsonValueKind.Null);
        traeger.Single(r => r.GetProperty("indicator").GetString() == "K2").GetProperty("actual").ValueKind.ShouldBe(JsonValueKind.Number);
        gf.ShouldAllBe(r => !r.GetProperty("suppressed").GetBoolean());
        gf.Where(r => counts.Contains(r.GetProperty("indicator").GetString()!))
            .ShouldContain(r => r.GetProperty("actual").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task Series_of_a_count_is_hidden_from_the_traeger()
    {
        var count = (await CountIndicatorsAsync()).First();
        using var client = await app.CreateApiClientAsync(DemoAccounts.Traeger);

        var points = await client.GetFromJsonAsync<List<JsonElement>>($"/api/v1/series?unit=JC&indicator={count}&from=2015-01&to=2015-06",
            TestContext.Current.CancellationToken);

        points.ShouldNotBeNull().ShouldNotBeEmpty();
        points.ShouldAllBe(p => p.GetProperty("value").ValueKind == JsonValueKind.Null || !p.GetProperty("suppressed").GetBoolean());
        points.ShouldContain(p => p.GetProperty("suppressed").GetBoolean());
    }

    [Fact]
    public async Task The_zieluebersicht_shows_less_than_n_to_the_traeger_only()
    {
        var ct = TestContext.Current.CancellationToken;
        using var traeger = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Traeger);
        using var gf = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);

        var forTraeger = WebUtility.HtmlDecode(await traeger.GetStringAsync("/ziele?jahr=2015", ct));
        var forGf = WebUtility.HtmlDecode(await gf.GetStringAsync("/ziele?jahr=2015", ct));

        forTraeger.ShouldContain($"< {HugeMinCellAppFactory.MinCellSize}");
        forTraeger.ShouldContain("aus Gründen des Datenschutzes nicht ausgewiesen");
        forGf.ShouldNotContain($"< {HugeMinCellAppFactory.MinCellSize}");
    }

    [Fact]
    public async Task The_16a_report_hides_its_counts_from_the_traeger_in_api_page_and_xlsx_but_not_from_the_geschaeftsfuehrung()
    {
        const string Url = "/api/v1/reports/16a?year=2014&nr4=true";
        var traeger = await ReportAsync(DemoAccounts.Traeger, Url);
        var gf = await ReportAsync(DemoAccounts.Geschaeftsfuehrung, Url);

        traeger.GetProperty("hiddenBelow").GetInt32().ShouldBe(HugeMinCellAppFactory.MinCellSize);
        var cells = traeger.GetProperty("cities").EnumerateArray().Append(traeger.GetProperty("total"))
            .SelectMany(c => c.GetProperty("perService").EnumerateArray().Append(c.GetProperty("sum"))).ToList();
        cells.ShouldNotBeEmpty();
        cells.ShouldAllBe(c => c.ValueKind == JsonValueKind.Null || c.GetDecimal() == 0m);
        gf.GetProperty("hiddenBelow").ValueKind.ShouldBe(JsonValueKind.Null);
        gf.GetProperty("total").GetProperty("sum").GetDecimal().ShouldBeGreaterThan(0m);

        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Traeger);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/berichte/16a?jahr=2014&nr4=true", TestContext.Current.CancellationToken));
        page.ShouldContain($"< {HugeMinCellAppFactory.MinCellSize}");
        page.ShouldContain("aus Gründen des Datenschutzes nicht ausgewiesen");
        using var gfBrowser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);
        WebUtility.HtmlDecode(await gfBrowser.GetStringAsync("/berichte/16a?jahr=2014&nr4=true", TestContext.Current.CancellationToken))
            .ShouldNotContain($"< {HugeMinCellAppFactory.MinCellSize}");

        using var api = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        using var workbook = await Reports.ReportScreen.WorkbookAsync(api, Url + "&format=xlsx");
        var total = Reports.ReportScreen.Row(workbook.Worksheets.First(), "Gesamt");
        total.Cell(2).GetString().ShouldBe($"< {HugeMinCellAppFactory.MinCellSize}");
    }

    [Fact]
    public async Task The_but_report_hides_counts_but_not_amounts_from_the_traeger()
    {
        const string Url = "/api/v1/reports/but?year=2015&stichtag=2";
        var traeger = await ReportAsync(DemoAccounts.Traeger, Url);
        var gf = await ReportAsync(DemoAccounts.Geschaeftsfuehrung, Url);

        var total = traeger.GetProperty("total");
        total.GetProperty("processed").ValueKind.ShouldBe(JsonValueKind.Null);
        total.GetProperty("processedHidden").GetBoolean().ShouldBeTrue();
        total.GetProperty("expenditure").GetDecimal().ShouldBe(gf.GetProperty("total").GetProperty("expenditure").GetDecimal());
        gf.GetProperty("total").GetProperty("processed").GetDecimal().ShouldBeGreaterThan(0m);
        gf.GetProperty("total").GetProperty("processedHidden").GetBoolean().ShouldBeFalse();

        using var api = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        using var workbook = await Reports.ReportScreen.WorkbookAsync(api, Url + "&format=xlsx");
        workbook.Worksheets.SelectMany(w => w.CellsUsed()).ShouldContain(c => c.GetString() == $"< {HugeMinCellAppFactory.MinCellSize}");
        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Traeger);
        WebUtility.HtmlDecode(await browser.GetStringAsync("/berichte/but?jahr=2015&stichtag=2", TestContext.Current.CancellationToken))
            .ShouldContain($"< {HugeMinCellAppFactory.MinCellSize}");
    }

    private async Task<JsonElement> ReportAsync(string account, string url)
    {
        using var client = await app.CreateApiClientAsync(account);
        return await client.GetFromJsonAsync<JsonElement>(url, TestContext.Current.CancellationToken);
    }

    private async Task<HashSet<string>> CountIndicatorsAsync()
    {
        using var client = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var indicators = await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/indicators", TestContext.Current.CancellationToken);
        return indicators.ShouldNotBeNull().Where(i => i.GetProperty("unit").ToString() is "Anzahl" or "1")
            .Select(i => i.GetProperty("code").GetString()!).ToHashSet();
    }

    /// <summary>May 2015, the demo's latest complete month: June is in Entwurf, and only submitted or closed figures
    /// count (docs/kennzahlen.md, "Datenstand"), so June's values are empty for everyone and show no masking.</summary>
    private async Task<List<JsonElement>> AttainmentAsync(string account)
    {
        using var client = await app.CreateApiClientAsync(account);
        var answer = await client.GetFromJsonAsync<JsonElement>("/api/v1/attainment?unit=JC&year=2015&month=5",
            TestContext.Current.CancellationToken);
        return answer.GetProperty("indicators").EnumerateArray().ToList();
    }
}
