using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;

namespace MeAktiv.IntegrationTests.Attainment;

/// <summary>
/// The APIs answer structure-adjusted (docs/kennzahlen.md, "Strukturbereinigung") and say so; the unit's own history
/// stays one parameter away; the Kennzahl answer carries the official § 48a variant of K3. Demo data: the U25 team
/// VEL-U25-1, founded 01.01.2015, took over the customers Velbert (5.866 → 4.854), Mettmann (2.668 → 2.197) and Erkrath
/// (2.145 → 1.761) lost from December to January.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class StructureAdjustedApiTests(MeAktivAppFactory app)
{
    [Fact]
    public async Task The_U25_team_has_a_K2_value_in_2015_and_the_answer_names_the_units_it_took_over()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var answer = await gf.GetJsonAsync("/api/v1/attainment?unit=VEL-U25-1&year=2015&month=5");

        answer.GetProperty("adjusted").GetBoolean().ShouldBeTrue();
        answer.GetProperty("adjustments").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ShouldBe([
            "inkl. Markt & Integration Erkrath (17,9 %) bis 12/2014",
            "inkl. Markt & Integration Mettmann (17,7 %) bis 12/2014",
            "inkl. Markt & Integration Velbert (17,3 %) bis 12/2014",
        ], ignoreOrder: true);
        // 100 · (27 + 34 + 42 + 42 + 41) · 5 / (1012 + 471 + 384 + 1917 + 1933 + 1940 + 1930) = 93000 / 9587
        K2(answer)!.Value.ShouldBe(9.7006362783m, 0.0000000001m);

        var adjusted = (await gf.GetJsonAsync("/api/v1/series?unit=VEL-U25-1&indicator=K2&from=2015-01&to=2015-05")).EnumerateArray().ToList();
        var own = (await gf.GetJsonAsync("/api/v1/series?unit=VEL-U25-1&indicator=K2&from=2015-01&to=2015-05&adjusted=false")).EnumerateArray().ToList();
        adjusted.ShouldAllBe(p => p.GetProperty("adjusted").GetBoolean());
        adjusted[0].GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Number);
        own.ShouldAllBe(p => !p.GetProperty("adjusted").GetBoolean());
        own[0].GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null, "without the adjustment the team has no December stock");
    }

    [Fact]
    public async Task The_jobcenter_is_never_adjusted_and_a_team_lead_does_not_learn_the_name_of_a_unit_it_may_not_see()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var jc = await gf.GetJsonAsync("/api/v1/attainment?unit=JC&year=2015&month=5");
        jc.GetProperty("adjusted").GetBoolean().ShouldBeFalse();
        jc.GetProperty("adjustments").EnumerateArray().ShouldBeEmpty();

        using var teamLead = await app.CreateApiClientAsync("tl-vel-mi@me-aktiv.example");
        var own = await teamLead.GetJsonAsync("/api/v1/attainment?unit=VEL-MI&year=2015&month=5");
        var change = own.GetProperty("adjustments").EnumerateArray().ShouldHaveSingleItem();
        change.GetProperty("incoming").GetBoolean().ShouldBeFalse();
        change.GetProperty("unit").ValueKind.ShouldBe(JsonValueKind.Null);
        change.GetProperty("text").GetString().ShouldBe("ohne 17,3 % an einer anderen Einheit bis 12/2014");
    }

    [Fact]
    public async Task The_kennzahl_answer_of_K3_carries_the_official_change_against_the_same_month_of_last_year()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var view = await gf.GetJsonAsync("/api/v1/dashboard/indicators/K3?unit=JC&year=2015&month=5");
        var may = view.GetProperty("official").GetProperty("months").EnumerateArray().Last();

        // Σ LZB of all teams, seeds/demo/figures.csv: May 2015 18.038, May 2014 17.645 → (18038 / 17645 − 1) · 100 = +2,2273 %
        may.GetProperty("month").GetInt32().ShouldBe(5);
        may.GetProperty("value").GetDecimal().ShouldBe(18038m);
        may.GetProperty("lastYear").GetDecimal().ShouldBe(17645m);
        may.GetProperty("change").GetDecimal().ShouldBe(2.2272598470m, 0.0000000001m);
        (await gf.GetJsonAsync("/api/v1/dashboard/indicators/K2?unit=JC&year=2015&month=5")).GetProperty("official").ValueKind
            .ShouldBe(JsonValueKind.Null);
    }

    private static decimal? K2(JsonElement answer) => answer.GetProperty("indicators").EnumerateArray()
        .Single(i => i.GetProperty("indicator").GetString() == "K2").GetProperty("actual") is { ValueKind: JsonValueKind.Number } v
        ? v.GetDecimal() : null;
}
