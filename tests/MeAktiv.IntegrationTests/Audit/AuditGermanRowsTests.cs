using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MeAktiv.IntegrationTests.Figures;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Audit;

/// <summary>
/// The Änderungsprotokoll in German through <c>GET /api/v1/audit</c>: a figure change with unit, indicator, component,
/// month and old → new; a target version as "Zielversion"; the unit, indicator and month filters, paging, and who may not.
/// </summary>
public sealed partial class AuditGermanRowsTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_figure_change_reads_as_unit_indicator_component_month_and_old_to_new_in_German()
    {
        var (june, _) = await SaveTwiceAsync("VEL-MI", "2015-07");
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);

        using var response = await gf.GetAsync("/api/v1/audit?unit=VEL-MI&indicator=K2&limit=5", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        int.Parse(response.Headers.GetValues("X-Total-Count").Single()).ShouldBeGreaterThanOrEqualTo(2);
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray().ToList();
        rows.ShouldAllBe(r => r.GetProperty("indicator").GetString() == "K2" && r.GetProperty("unitCode").GetString() == "VEL-MI");
        var newest = rows[0];
        newest.Text("what").ShouldBe("Kennzahlwert");
        newest.Text("actionText").ShouldBe("geändert");
        newest.Text("component").ShouldBe("Integrationen");
        newest.Text("month").ShouldBe("Juli 2015");
        newest.Text("summary").ShouldBe($"{June(june)} → {June(june + 1000)}");
        newest.Text("oldText").ShouldBe(June(june));
        newest.Text("unitName")!.ShouldNotBeNullOrWhiteSpace();
        LocalTime().IsMatch(newest.Text("time")!).ShouldBeTrue(newest.Text("time"));
        newest.Text("entityType").ShouldBe("MonthlyValue", "the stored fields stay for existing API clients");
        rows[1].Text("actionText").ShouldBe("angelegt");
        rows[1].Text("summary").ShouldBe($"neu → {June(june)}");
    }

    [Fact]
    public async Task A_target_version_reads_as_Zielversion_with_a_German_summary_and_no_JSON()
    {
        using var admin = await app.CreateApiClientAsync(DemoAccounts.Administration);

        var rows = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?what=Zielversion&limit=20", Ct)).EnumerateArray().ToList();

        rows.ShouldNotBeEmpty("the seed writes the target versions through the audit");
        rows.ShouldAllBe(r => r.GetProperty("what").GetString() == "Zielversion" && r.GetProperty("entityType").GetString() == "TargetVersion");
        rows.ShouldAllBe(r => r.GetProperty("actionText").GetString() == "angelegt");
        rows.ShouldAllBe(r => !r.GetProperty("summary").GetString()!.Contains('{') && !GuidText().IsMatch(r.GetProperty("summary").GetString()!));
        rows.ShouldContain(r => r.GetProperty("indicator").GetString() != null && r.GetProperty("summary").GetString()!.Contains("Status: "));
    }

    [Fact]
    public async Task The_month_filter_finds_one_figure_and_pages_go_through_the_rows_newest_first()
    {
        await SaveTwiceAsync("HIL-MI", "2015-07");
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        const string Figure = "/api/v1/audit?unit=HIL-MI&indicator=K2&component=INT&year=2015&month=7";

        var all = (await gf.GetFromJsonAsync<JsonElement>(Figure, Ct)).EnumerateArray().ToList();
        var second = (await gf.GetFromJsonAsync<JsonElement>(Figure + "&limit=1&page=1", Ct)).EnumerateArray().Single();

        all.Count.ShouldBe(2);
        all.ShouldAllBe(r => r.GetProperty("month").GetString() == "Juli 2015" && r.GetProperty("unitCode").GetString() == "HIL-MI");
        second.GetProperty("id").GetInt64().ShouldBe(all[1].GetProperty("id").GetInt64());
        using var bad = await gf.GetAsync(Figure.Replace("month=7", "month=13"), Ct);
        (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("Monat");
    }

    [Fact]
    public async Task Bereichsleitung_and_Teamleitung_may_not_read_the_log()
    {
        foreach (var account in new[] { DemoAccounts.Bereichsleitung, DemoAccounts.Teamleitung("VEL-MI") })
        {
            using var client = await app.CreateApiClientAsync(account);
            using var response = await client.GetAsync("/api/v1/audit?indicator=K2", Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, account);
        }
    }

    /// <summary>The team's K2 integrations of the month: saved new with June's value, then changed by +1000.</summary>
    private async Task<(decimal June, string Month)> SaveTwiceAsync(string team, string month)
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung(team));
        var june = (await tl.ActualAsync(team, "2015-06", "K2", "INT")).GetProperty("value").GetDecimal();
        using var first = await tl.PutAsync($"{team}/K2/INT/{month}", new { value = june });
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync(Ct));
        var version = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetString();
        using var second = await tl.PutAsync($"{team}/K2/INT/{month}",
            new { value = june + 1000, version, confirm = true, reason = "Nachmeldung aus dem Fachverfahren" });
        second.StatusCode.ShouldBe(HttpStatusCode.OK, await second.Content.ReadAsStringAsync(Ct));
        return (june, month);
    }

    private static string June(decimal value) => Core.Common.German.Input(value);

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$")]
    private static partial Regex LocalTime();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-")]
    private static partial Regex GuidText();
}
