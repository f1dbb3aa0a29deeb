using System.Text.Json;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Targets;

/// <summary>
/// The seeded ESF target (150 starts, 04/2015–12/2017) in every view: no red light in Q1 2015 (month 3) in the dashboard
/// API, the attainment API, the Zielübersicht service and the quarterly report, the note "Zeitraum beginnt 04/2015",
/// and in May the sum from April against the target phased over the 33 months of the period (demo: 11 + 16 = 27).
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class EsfPeriodViewsTests(MeAktivAppFactory app)
{
    private const string Note = "Zeitraum beginnt 04/2015";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Esf_has_no_light_in_march_2015_in_the_dashboard_attainment_zieluebersicht_and_quarterly_report()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);

        var card = (await gf.GetJsonAsync("/api/v1/dashboard?unit=JC&year=2015&month=3")).GetProperty("cards").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "ESF");
        card.GetProperty("result").GetProperty("light").GetString()!.ToLowerInvariant().ShouldBe("none");
        Strings(card.GetProperty("result").GetProperty("missing")).ShouldContain(Note);
        card.GetProperty("periodText").GetString().ShouldBe("04/2015–12/2017");

        var attainment = (await gf.GetJsonAsync("/api/v1/attainment?unit=JC&year=2015&month=3")).GetProperty("indicators")
            .EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == "ESF");
        attainment.GetProperty("light").GetString()!.ToLowerInvariant().ShouldBe("none");
        Strings(attainment.GetProperty("missing")).ShouldContain(Note);

        // The quarterly report lists the agreed targets (BA, lokal, kommunal, monitoring), not the internal Planungswerte
        // like ESF: it must not show ESF red either way.
        var report = (await gf.GetJsonAsync("/api/v1/reports/attainment?year=2015&quarter=1")).GetProperty("parts").EnumerateArray()
            .SelectMany(p => p.GetProperty("rows").EnumerateArray())
            .Where(r => r.GetProperty("indicatorCode").GetString() == "ESF").ToList();
        report.ShouldAllBe(r => r.GetProperty("light").GetString()!.ToLowerInvariant() == "none");

        var scope = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        await using var services = app.Services.CreateAsyncScope();
        var row = (await services.ServiceProvider.GetRequiredService<TargetOverviewService>().GetAsync(scope, 2015, "JC", 3, Ct))
            .Rows.Single(r => r.IndicatorCode == "ESF");
        row.Light.ShouldBe(TrafficLight.None);
        row.PeriodText.ShouldBe("04/2015–12/2017");
        TargetProfile.OutsideNote(row.Missing).ShouldBe(Note);
    }

    [Fact]
    public async Task In_may_2015_esf_is_the_sum_from_april_against_the_target_phased_over_the_period()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);

        var esf = (await gf.GetJsonAsync("/api/v1/attainment?unit=JC&year=2015&month=5")).GetProperty("indicators")
            .EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == "ESF");

        // demo starts 04/2015: 11, 05/2015: 16 → 27; phased 150 · 2 / 33; required (150 − 27) / 31 months left
        esf.GetProperty("actual").GetDecimal().ShouldBe(27m);
        esf.GetProperty("phasedTarget").GetDecimal().ShouldBe(150m * 2m / 33m, 1e-9m);
        esf.GetProperty("requiredPerMonth").GetDecimal().ShouldBe(123m / 31m, 1e-9m);
        esf.GetProperty("light").GetString()!.ToLowerInvariant().ShouldBe("green");

        // the dashboard and the Zielübersicht agree with the attainment API
        var card = (await gf.GetJsonAsync("/api/v1/dashboard?unit=JC&year=2015&month=5")).GetProperty("cards").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "ESF");
        card.GetProperty("result").GetProperty("phasedTarget").GetDecimal().ShouldBe(esf.GetProperty("phasedTarget").GetDecimal());
    }

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();
}
