using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Indicators;

/// <summary>
/// Indicators switched on and off per year (<c>PUT /api/v1/indicators/{code}/years/{year}</c>): BAMF switched off for
/// 2015 leaves every view of 2015 (dashboard, attainment API, Zielübersicht, report, Datenstand) while its figures stay
/// stored, takes no target, and comes back when switched on; rights, reason, version check and audit. Own app: the
/// tests switch indicators (BAMF 2015 in one test, KD 2016 in the other).
/// </summary>
public sealed class IndicatorYearTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bamf_switched_off_for_2015_leaves_every_view_keeps_its_figures_and_comes_back_when_switched_on()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var figures = await BamfFiguresAsync();
        figures.ShouldBeGreaterThan(0, "the demo has BAMF figures of 2015");
        (await ViewsAsync(gf)).ShouldAllBe(v => v.Value, "BAMF is in every view before");

        var version = await VersionAsync(gf, "BAMF", 2015);
        version.ShouldBeNull("never switched");
        using var off = await gf.PutAsJsonAsync("/api/v1/indicators/BAMF/years/2015",
            new { active = false, reason = "Kontingente 2015 nicht zugeteilt", version }, Ct);
        off.StatusCode.ShouldBe(HttpStatusCode.OK, await off.Content.ReadAsStringAsync(Ct));

        var views = await ViewsAsync(gf);
        views.ShouldAllBe(v => !v.Value, "BAMF is switched off for 2015");
        (await BamfFiguresAsync()).ShouldBe(figures, "nothing is deleted");
        var row = (await gf.GetJsonAsync("/api/v1/indicators?year=2015")).EnumerateArray().Single(i => i.Text("code") == "BAMF");
        row.GetProperty("active").GetBoolean().ShouldBeFalse();
        row.Text("reason").ShouldBe("Kontingente 2015 nicht zugeteilt");
        (await gf.GetJsonAsync("/api/v1/indicators?year=2016")).EnumerateArray().Single(i => i.Text("code") == "BAMF")
            .GetProperty("active").GetBoolean().ShouldBeTrue("only 2015 is switched off");
        using var target = await gf.PutAsJsonAsync("/api/v1/targets/2015/JC/BAMF", new
        {
            value = 95m, status = "Angepasst", decidedOn = "2015-06-01", note = (string?)null, reason = "Kontingente", version = 1,
        }, Ct);
        (await target.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("für 2015 abgeschaltet");

        using var on = await gf.PutAsJsonAsync("/api/v1/indicators/BAMF/years/2015",
            new { active = true, reason = (string?)null, version = await VersionAsync(gf, "BAMF", 2015) }, Ct);
        on.StatusCode.ShouldBe(HttpStatusCode.OK, await on.Content.ReadAsStringAsync(Ct));
        (await ViewsAsync(gf)).ShouldAllBe(v => v.Value, "switched on again, BAMF is back with its figures");
    }

    [Fact]
    public async Task Only_administration_and_gf_switch_a_reason_is_required_to_switch_off_and_a_stale_version_is_a_409()
    {
        foreach (var account in new[] { DemoAccounts.Teamleitung("VEL-MI"), DemoAccounts.Traeger, DemoAccounts.Bereichsleitung })
        {
            using var client = await app.CreateApiClientAsync(account);
            using var put = await client.PutAsJsonAsync("/api/v1/indicators/KD/years/2016",
                new { active = false, reason = "nicht mehr erhoben", version = (Guid?)null }, Ct);
            await put.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using var admin = await app.CreateApiClientAsync(DemoAccounts.Administration);
        using var noReason = await admin.PutAsJsonAsync("/api/v1/indicators/KD/years/2016",
            new { active = false, reason = " ", version = (Guid?)null }, Ct);
        (await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("Grund");
        (await VersionAsync(admin, "KD", 2016)).ShouldBeNull("nothing changed");

        using var off = await admin.PutAsJsonAsync("/api/v1/indicators/KD/years/2016",
            new { active = false, reason = "Kontaktdichte wird 2016 nicht mehr erhoben", version = (Guid?)null }, Ct);
        off.StatusCode.ShouldBe(HttpStatusCode.OK, await off.Content.ReadAsStringAsync(Ct));
        using var stale = await admin.PutAsJsonAsync("/api/v1/indicators/KD/years/2016",
            new { active = true, reason = (string?)null, version = (Guid?)null }, Ct);
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using var unknown = await admin.PutAsJsonAsync("/api/v1/indicators/XX/years/2016",
            new { active = false, reason = "x", version = (Guid?)null }, Ct);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(IndicatorYear) && a.User == DemoAccounts.Administration)
            .ToListAsync(Ct);
        audit.Count.ShouldBe(1);
        audit[0].Action.ShouldBe("Added");
        audit[0].Reason.ShouldBe("Kontaktdichte wird 2016 nicht mehr erhoben");
        (await admin.GetJsonAsync("/api/v1/indicators?year=2016")).EnumerateArray().Single(i => i.Text("code") == "KD")
            .GetProperty("active").GetBoolean().ShouldBeFalse();
    }

    /// <summary>Whether BAMF is in each view of 2015.</summary>
    private async Task<Dictionary<string, bool>> ViewsAsync(HttpClient gf)
    {
        var attainment = (await gf.GetJsonAsync("/api/v1/attainment?unit=JC&year=2015&month=5")).GetProperty("indicators")
            .EnumerateArray().Select(i => i.Text("indicator")).ToList();
        var dashboard = await gf.GetStringAsync("/api/v1/dashboard?unit=JC&year=2015&month=5", Ct);
        var report = await gf.GetStringAsync("/api/v1/reports/attainment?year=2015&quarter=1", Ct);
        await using var services = app.Services.CreateAsyncScope();
        var scope = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var overview = await services.ServiceProvider.GetRequiredService<TargetOverviewService>().GetAsync(scope, 2015, "JC", 5, Ct);
        var datenstand = await services.ServiceProvider.GetRequiredService<DatenstandQueries>().LoadAsync(2015, 2015, Ct);
        await using var db = await services.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var bamf = await db.Indicators.SingleAsync(i => i.Code == "BAMF", Ct);
        return new()
        {
            ["attainment API"] = attainment.Contains("BAMF"),
            ["dashboard API"] = dashboard.Contains("\"BAMF\"", StringComparison.Ordinal),
            ["report"] = report.Contains("\"BAMF\"", StringComparison.Ordinal),
            ["Zielübersicht"] = overview.Rows.Any(r => r.IndicatorCode == "BAMF"),
            ["Datenstand"] = datenstand.DutiesOf(datenstand.Root!.Id, new YearMonth(2015, 5)).Any(d => d.IndicatorId == bamf.Id),
        };
    }

    private async Task<int> BamfFiguresAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await db.MonthlyValues.CountAsync(v => v.Year == 2015 && v.Component!.Indicator!.Code == "BAMF", Ct);
    }

    private static async Task<Guid?> VersionAsync(HttpClient client, string code, int year)
    {
        var row = (await client.GetJsonAsync($"/api/v1/indicators?year={year}")).EnumerateArray().Single(i => i.Text("code") == code);
        return row.GetProperty("version").ValueKind == JsonValueKind.Null ? null : row.GetProperty("version").GetGuid();
    }
}
