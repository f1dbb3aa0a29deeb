using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;

namespace MeAktiv.IntegrationTests.Targets;

/// <summary>
/// Period and phasing through <c>PUT/GET /api/v1/targets…</c>: a round trip with a period across the year end and a
/// monthly plan, the attainment API phasing by it, German 400s that change nothing, and 403 for a role that may not.
/// Own app: the tests change targets.
/// </summary>
public sealed class TargetPeriodApiTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private const string Qualifications = "/api/v1/targets/2015/JC/AQ";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 12 monthly amounts from 07/2015 to 06/2016 (Σ 120)
    private static readonly decimal[] Plan = [5, 5, 10, 10, 10, 10, 20, 20, 10, 10, 10, 0];

    private static object Body(int version, string? periodFrom, string? periodTo, object? phasing) => new
    {
        value = 120m, status = "Angepasst", reason = "Projektzeitraum", decidedOn = "2015-06-20", note = "Projekt", version, periodFrom, periodTo, phasing,
    };

    [Fact]
    public async Task A_period_across_the_year_end_and_a_monthly_plan_are_saved_returned_and_used_by_the_engine()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var current = await CurrentAsync(gf, "AQ");

        using var saved = await gf.PutAsJsonAsync(Qualifications,
            Body(current, "2015-07", "2016-06", new { kind = "Plan", plan = Plan }), Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Ct));
        var version = await saved.Content.ReadFromJsonAsync<JsonElement>(Ct);
        version.GetProperty("periodFrom").GetString().ShouldBe("2015-07");
        version.GetProperty("periodTo").GetString().ShouldBe("2016-06");
        version.GetProperty("phasing").GetProperty("kind").GetString().ShouldBe("Plan");
        version.GetProperty("phasing").GetProperty("plan").EnumerateArray().Select(v => v.GetDecimal()).ShouldBe(Plan);

        var listed = (await gf.GetJsonAsync("/api/v1/targets?year=2015")).EnumerateArray()
            .Single(t => t.GetProperty("indicator").GetString() == "AQ" && t.GetProperty("unit").GetString() == "JC");
        listed.GetProperty("periodFrom").GetString().ShouldBe("2015-07");
        listed.GetProperty("phasing").GetProperty("plan").GetArrayLength().ShouldBe(12);
        var history = (await gf.GetJsonAsync(Qualifications + "/versions")).EnumerateArray().ToList();
        history[0].GetProperty("periodTo").GetString().ShouldBe("2016-06");
        history[^1].GetProperty("periodFrom").GetString().ShouldBe("2015-01");
        history[^1].GetProperty("phasing").GetProperty("kind").GetString().ShouldBe("Linear");

        // May 2015 lies before the period: no light; nothing but the value changes when the value alone is sent next
        var may = await AttainmentAsync(gf, 5);
        may.GetProperty("light").GetString()!.ToLowerInvariant().ShouldBe("none");
        using var valueOnly = await gf.PutAsJsonAsync(Qualifications,
            new { value = 130m, status = "Angepasst", reason = "mehr Plätze", decidedOn = "2015-06-30", version = current + 1 }, Ct);
        valueOnly.StatusCode.ShouldBe(HttpStatusCode.OK, await valueOnly.Content.ReadAsStringAsync(Ct));
        var kept = await valueOnly.Content.ReadFromJsonAsync<JsonElement>(Ct);
        kept.GetProperty("periodFrom").GetString().ShouldBe("2015-07");
        kept.GetProperty("phasing").GetProperty("kind").GetString().ShouldBe("Plan");
        // the year 2016 holds the 2015 target: in March 2016 (9th month) the plan reached 100 of 120 → 130 · 100 / 120
        (await AttainmentAsync(gf, 3, 2016)).GetProperty("phasedTarget").GetDecimal().ShouldBe(130m * 100m / 120m, 1e-9m);
    }

    [Theory]
    [InlineData("2015-04", "2016-06", "Plan", "plan", "Der Monatsplan braucht 15 Werte")]
    [InlineData("2015-13", "2016-06", "Linear", "periodFrom", "JJJJ-MM")]
    [InlineData("2016-01", "2016-06", "Linear", "periodFrom", "muss in 2015 beginnen")]
    [InlineData("2015-06", "2015-03", "Linear", "periodTo", "liegt vor seinem Beginn")]
    [InlineData("2015-01", "2015-12", "Monatlich", "phasing", "Unbekannte Phasierung")]
    public async Task Bad_period_or_phasing_is_a_german_400_and_nothing_is_saved(string from, string to, string kind, string field, string text)
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await CurrentAsync(gf, "ESF");

        var response = await gf.PutAsJsonAsync("/api/v1/targets/2015/JC/ESF",
            Body(before, from, to, new { kind, plan = kind == "Plan" ? Plan : null }), Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain(text);
        (await CurrentAsync(gf, "ESF")).ShouldBe(before);
    }

    [Fact]
    public async Task A_negative_plan_amount_is_refused_and_a_team_lead_may_not_set_a_period()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await CurrentAsync(gf, "ESF");
        var negative = Plan.Select(v => v == 0 ? -1m : v).ToArray();

        var refused = await gf.PutAsJsonAsync("/api/v1/targets/2015/JC/ESF",
            Body(before, "2015-01", "2015-12", new { kind = "Plan", plan = negative }), Ct);
        (await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("plan")[0].GetString()
            .ShouldBe("Die Werte des Monatsplans dürfen nicht negativ sein.");

        using var teamLead = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        var forbidden = await teamLead.PutAsJsonAsync("/api/v1/targets/2015/JC/ESF", Body(before, "2015-04", "2016-03", null), Ct);
        await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await CurrentAsync(gf, "ESF")).ShouldBe(before);
    }

    private static async Task<int> CurrentAsync(HttpClient client, string indicator) =>
        (await client.GetJsonAsync("/api/v1/targets?year=2015")).EnumerateArray()
            .Single(t => t.GetProperty("indicator").GetString() == indicator && t.GetProperty("unit").GetString() == "JC")
            .GetProperty("version").GetInt32();

    private static async Task<JsonElement> AttainmentAsync(HttpClient client, int month, int year = 2015) =>
        (await client.GetJsonAsync($"/api/v1/attainment?unit=JC&year={year}&month={month}")).GetProperty("indicators")
            .EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == "AQ");
}
