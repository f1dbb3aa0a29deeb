using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Targets;

/// <summary>
/// Ziele pflegen (<c>PUT /api/v1/targets/{year}/{unit}/{indicator}</c>): a new version per change, the version check
/// (409), the rights (403), German 400s, the audit entry, the version history, and that the Zielübersicht and the
/// dashboard show the new version at once. Own app: the tests change targets.
/// </summary>
public sealed class TargetMaintenanceTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Body(decimal? value, string status, int version, string? reason = null, object? baseline = null,
        decimal? change = null, string decidedOn = "2015-03-20", string? note = "Zielvereinbarung 2015 unterschrieben") =>
        new { value, status, decidedOn, note, reason, baseline, change, version };

    [Fact]
    public async Task Gf_finalises_K2_at_21_40_a_stale_version_is_a_conflict_and_every_view_shows_the_new_version_at_once()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        const string path = "/api/v1/targets/2015/JC/K2";
        var auditBefore = await LastAuditIdAsync();

        using var saved = await gf.PutAsJsonAsync(path, Body(21.40m, "Final", 2), Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Ct));
        var version = await saved.Content.ReadFromJsonAsync<JsonElement>(Ct);
        version.GetProperty("version").GetInt32().ShouldBe(3);
        version.GetProperty("status").GetString().ShouldBe("Final");
        version.GetProperty("value").GetDecimal().ShouldBe(21.40m);
        version.GetProperty("createdBy").GetString().ShouldBe(DemoAccounts.Geschaeftsfuehrung);

        var stale = await gf.PutAsJsonAsync(path, Body(21.5m, "Angepasst", 2, reason: "Nachverhandlung"), Ct);
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("Version 3");

        var versions = (await gf.GetJsonAsync(path + "/versions")).EnumerateArray().ToList();
        versions.Select(v => v.GetProperty("version").GetInt32()).ShouldBe([3, 2, 1]);
        versions.Select(v => v.GetProperty("status").GetString()).ShouldBe(["Final", "Vorlaeufig", "Planungsangebot"]);
        var list = (await gf.GetJsonAsync("/api/v1/targets?year=2015")).EnumerateArray()
            .Single(t => t.GetProperty("indicator").GetString() == "K2" && t.GetProperty("unit").GetString() == "JC");
        list.GetProperty("version").GetInt32().ShouldBe(3);
        list.GetProperty("status").GetString().ShouldBe("Final");

        // An adjustment with a reason: the Zielübersicht, the dashboard and the attainment API hold K2 to 21,6 % right away.
        using var adjusted = await gf.PutAsJsonAsync(path, Body(21.6m, "Angepasst", 3, reason: "Sonderprojekte zusätzlich"), Ct);
        adjusted.StatusCode.ShouldBe(HttpStatusCode.OK, await adjusted.Content.ReadAsStringAsync(Ct));
        var scope = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        await using (var services = app.Services.CreateAsyncScope())
        {
            var row = (await services.ServiceProvider.GetRequiredService<TargetOverviewService>().GetAsync(scope, 2015, "JC", 5, Ct))
                .Rows.Single(r => r.IndicatorCode == "K2");
            row.TargetValue.ShouldBe(21.6m);
            row.Status.ShouldBe(TargetStatus.Angepasst);
        }

        var card = (await gf.GetJsonAsync("/api/v1/dashboard?unit=JC&year=2015&month=5")).GetProperty("cards").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "K2");
        card.GetProperty("target").GetProperty("number").GetInt32().ShouldBe(4);
        card.GetProperty("target").GetProperty("status").GetString().ShouldBe("Angepasst");
        card.GetProperty("result").GetProperty("target").GetDecimal().ShouldBe(21.6m);
        var attainment = (await gf.GetJsonAsync("/api/v1/attainment?unit=GS-VEL&year=2015&month=5")).GetProperty("indicators")
            .EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == "K2");
        attainment.GetProperty("target").GetDecimal().ShouldBe(21.6m);

        // Only this test's entries: the other tests of the class (run one after another) also change targets as gf.
        await using var db = await CreateDbAsync();
        var audit = await db.AuditEntries.Where(a => a.Id > auditBefore && a.EntityType == nameof(TargetVersion)
                && a.User == DemoAccounts.Geschaeftsfuehrung).OrderBy(a => a.Id).ToListAsync(Ct);
        audit.Count.ShouldBe(2);
        audit[0].Action.ShouldBe("Added");
        audit[0].NewValues!.ShouldContain("\"Final\"");
        audit[1].Reason.ShouldBe("Sonderprojekte zusätzlich");
    }

    private async Task<AppDbContext> CreateDbAsync() =>
        await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);

    private async Task<long> LastAuditIdAsync()
    {
        await using var db = await CreateDbAsync();
        return await db.AuditEntries.MaxAsync(a => (long?)a.Id, Ct) ?? 0;
    }

    [Theory]
    [InlineData(DemoAccounts.Administration)]
    [InlineData(DemoAccounts.Traeger)]
    [InlineData("tl-vel-mi@me-aktiv.example")]
    public async Task Reading_roles_may_not_set_a_target(string account)
    {
        using var client = await app.CreateApiClientAsync(account);
        var response = await client.PutAsJsonAsync("/api/v1/targets/2015/JC/EQ", Body(46m, "Final", 1), Ct);
        (await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).Text("detail")!.ShouldContain("Geschäftsführung");
    }

    [Fact]
    public async Task The_bereichsleitung_proposes_for_its_bereich_only_as_planungsangebot()
    {
        using var bl = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);

        using var proposed = await bl.PutAsJsonAsync("/api/v1/targets/2016/GS-VEL/K2", Body(22.1m, "Planungsangebot", 0, decidedOn: "2015-10-01"), Ct);
        proposed.StatusCode.ShouldBe(HttpStatusCode.OK, await proposed.Content.ReadAsStringAsync(Ct));
        (await bl.PutAsJsonAsync("/api/v1/targets/2016/GS-VEL/K2", Body(22.1m, "Vorlaeufig", 1), Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await bl.PutAsJsonAsync("/api/v1/targets/2016/JC/K2", Body(22m, "Planungsangebot", 0), Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the Jobcenter is not within a Bereich");
        (await bl.PutAsJsonAsync("/api/v1/targets/2015/JC/EQ", Body(46m, "Planungsangebot", 1), Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_german_400_and_nothing_is_saved()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        const string path = "/api/v1/targets/2015/JC/BAMF";

        (await (await gf.PutAsJsonAsync(path, Body(100m, "fertig", 1), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("Unbekannter Status");
        (await (await gf.PutAsJsonAsync(path, Body(95m, "Angepasst", 1), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("Eine Anpassung braucht eine Begründung.");
        (await (await gf.PutAsJsonAsync(path, Body(100m, "Planungsangebot", 1), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("nicht wieder zum Planungsangebot");
        (await (await gf.PutAsJsonAsync(path, Body(100m, "Final", 1, note: new string('x', 501)), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("höchstens 500 Zeichen");
        (await (await gf.PutAsJsonAsync("/api/v1/targets/2016/GS-ERK/K2", Body(21m, "Planungsangebot", 0), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("besteht 2016 nicht");
        (await gf.PutAsJsonAsync("/api/v1/targets/2015/XX/K2", Body(21m, "Final", 0), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await gf.GetJsonAsync(path + "/versions")).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_target_agreed_as_a_change_against_its_baseline_stores_the_value_and_shows_both()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var response = await gf.PutAsJsonAsync("/api/v1/targets/2016/JC/K3",
            Body(null, "Planungsangebot", 0, baseline: new { value = 17729m, source = "JDW-Prognose der Zentrale 2014" }, change: 1.3m), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        saved.GetProperty("value").GetDecimal().ShouldBe(17959m);
        saved.GetProperty("baseline").GetProperty("value").GetDecimal().ShouldBe(17729m);
        saved.GetProperty("change").GetDecimal().ShouldBe(1.3m);

        TargetBaselineText.Of(17959m, IndicatorUnit.Anzahl, false, 17729m, 1.3m).ShouldBe("17.959 = +1,3 % ggü. 17.729");
        TargetBaselineText.Of(21.7m, IndicatorUnit.Prozent, false, 21.5m, 1.0m).ShouldBe("21,70 % = +1,0 % ggü. 21,50 %");
        TargetBaselineText.Of(45m, IndicatorUnit.Prozent, false, 39m, null).ShouldBe("45,00 % = +6,00 Pp. ggü. 39,00 %");
    }
}
