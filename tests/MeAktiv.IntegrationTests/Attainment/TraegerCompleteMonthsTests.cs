using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Attainment;

/// <summary>
/// The Träger's views reach only complete months (docs/kennzahlen.md, "Datenstand"; TraegerMonths): in the demo April
/// 2015 is closed, May submitted by every unit that owes figures, June still in Entwurf, so May is the latest complete
/// month and quarter 1 the latest complete quarter. Whatever month or quarter the Träger names, by API or page, an
/// incomplete one is answered with May (quarter 1); the Geschäftsführung gets the month asked for, marked "vorläufig".
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class TraegerCompleteMonthsTests(MeAktivAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/v1/dashboard?unit=JC&year=2015&month=6")]
    [InlineData("/api/v1/dashboard?unit=JC&year=2016")]
    [InlineData("/api/v1/dashboard/indicators/K2?unit=JC&year=2015&month=7")]
    [InlineData("/api/v1/attainment?unit=JC&year=2015&month=6")]
    [InlineData("/api/v1/attainment?unit=GS-VEL&year=2016")]
    public async Task The_traeger_gets_the_latest_complete_month_for_an_incomplete_one(string address)
    {
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        var answer = await traeger.GetFromJsonAsync<JsonElement>(address, Ct);

        var month = answer.TryGetProperty("card", out var card) ? card : answer;
        (month.GetProperty("year").GetInt32(), month.GetProperty("month").GetInt32()).ShouldBe((2015, 5));
        answer.GetProperty("coverage").GetProperty("submitted").GetInt32()
            .ShouldBe(answer.GetProperty("coverage").GetProperty("expected").GetInt32());
        if (answer.TryGetProperty("months", out var months))
        {
            months.EnumerateArray().Select(m => m.GetInt32()).ShouldNotContain(6); // the picker offers complete months only
        }
    }

    [Fact]
    public async Task The_geschaeftsfuehrung_gets_the_incomplete_month_it_asks_for_with_its_coverage()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var answer = await gf.GetFromJsonAsync<JsonElement>("/api/v1/dashboard?unit=JC&year=2015&month=6", Ct);

        answer.GetProperty("month").GetInt32().ShouldBe(6);
        answer.GetProperty("coverage").GetProperty("submitted").GetInt32()
            .ShouldBeLessThan(answer.GetProperty("coverage").GetProperty("expected").GetInt32());
        answer.GetProperty("months").EnumerateArray().Select(m => m.GetInt32()).ShouldContain(6);
    }

    [Fact]
    public async Task The_series_of_the_traeger_ends_with_the_latest_complete_month()
    {
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        const string address = "/api/v1/series?unit=JC&indicator=K2&from=2015-01&to=2015-12";

        var months = (await traeger.GetFromJsonAsync<JsonElement>(address, Ct)).EnumerateArray().Select(p => p.GetProperty("month").GetString()).ToList();
        var all = (await gf.GetFromJsonAsync<JsonElement>(address, Ct)).EnumerateArray().Select(p => p.GetProperty("month").GetString()).ToList();

        months.ShouldBe(["2015-01", "2015-02", "2015-03", "2015-04", "2015-05"]);
        all.Count.ShouldBe(12);
    }

    [Theory]
    [InlineData("/api/v1/reports/attainment?year=2015&quarter=2")]
    [InlineData("/api/v1/reports/attainment?year=2015&quarter=4")]
    [InlineData("/api/v1/review?year=2015&quarter=2")]
    public async Task The_traeger_gets_the_latest_complete_quarter_for_an_incomplete_one_and_the_gf_the_one_asked_for_marked_vorlaeufig(string address)
    {
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);

        var shown = await traeger.GetFromJsonAsync<JsonElement>(address, Ct);
        (shown.GetProperty("year").GetInt32(), shown.GetProperty("quarter").GetInt32(), shown.GetProperty("month").GetInt32())
            .ShouldBe((2015, 1, 3));
        shown.GetProperty("datenstand").GetProperty("isProvisional").GetBoolean().ShouldBeFalse();

        var asked = await gf.GetFromJsonAsync<JsonElement>(address, Ct);
        asked.GetProperty("quarter").GetInt32().ShouldNotBe(1);
        asked.GetProperty("datenstand").GetProperty("isProvisional").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("/ziele?monat=6", "Juni 2015 ist noch nicht vollständig eingereicht; gezeigt wird der letzte vollständige Monat, Mai 2015.")]
    [InlineData("/uebersicht?jahr=2015&monat=6", "Juni 2015 ist noch nicht vollständig eingereicht; gezeigt wird der letzte vollständige Monat, Mai 2015.")]
    [InlineData("/uebersicht?jahr=2016", "Im Jahr 2016 ist noch kein Monat vollständig eingereicht; gezeigt wird der letzte vollständige Monat, Mai 2015.")]
    [InlineData("/berichte/zielerreichung?jahr=2015&quartal=2", "Das 2. Quartal 2015 ist noch nicht vollständig eingereicht; gezeigt wird das letzte vollständige, 1. Quartal 2015.")]
    [InlineData("/review/2015/3", "Das 3. Quartal 2015 ist noch nicht vollständig eingereicht; gezeigt wird das letzte vollständige, 1. Quartal 2015.")]
    public async Task A_page_naming_an_incomplete_month_shows_the_traeger_the_latest_complete_one_and_says_so(string page, string notice)
    {
        using var traeger = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Traeger);
        var html = System.Net.WebUtility.HtmlDecode(await traeger.GetStringAsync(page, Ct));

        html.ShouldContain(notice);
        using var gf = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);
        System.Net.WebUtility.HtmlDecode(await gf.GetStringAsync(page, Ct)).ShouldNotContain("vollständig eingereicht; gezeigt wird");
    }
}
