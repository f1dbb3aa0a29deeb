using System.Net;
using System.Net.Http.Json;
using MeAktiv.Core.Data;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Steuerung;

/// <summary>
/// A measure's life: offen → in Umsetzung → erledigt, refused steps with German messages, reopening by the
/// Bereichsleitung only, the owner's rights against another team lead's, the version check, the audit history.
/// </summary>
public sealed class MeasureLifecycleTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lifecycle_with_refused_transitions_and_reopening()
    {
        using var bl = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        using var owner = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        var (id, v1) = await bl.CreateMeasureAsync(SteuerungApiClient.Measure());

        var direct = await owner.FollowUpAsync(id, "Erledigt", null, v1);
        (await direct.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("erst in Umsetzung");
        var drop = await owner.FollowUpAsync(id, "Verworfen", null, v1);
        (await drop.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("begründen");

        using var started = await owner.FollowUpAsync(id, "InUmsetzung", "Termine mit dem Arbeitgeberservice vereinbart", v1);
        started.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, v2) = await SteuerungApiClient.IdAndVersionAsync(started);

        var stale = await owner.FollowUpAsync(id, "Erledigt", null, v1);
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("inzwischen geändert");

        using var done = await owner.FollowUpAsync(id, "Erledigt", null, v2);
        done.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, v3) = await SteuerungApiClient.IdAndVersionAsync(done);

        var again = await owner.FollowUpAsync(id, "InUmsetzung", "Wirkung bleibt aus", v3);
        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("Nur die Bereichsleitung");
        var toOpen = await bl.FollowUpAsync(id, "Offen", "zurück", v3);
        (await toOpen.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("wieder aufgenommen");
        var noReason = await bl.FollowUpAsync(id, "InUmsetzung", " ", v3);
        (await noReason.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("Grund");
        using var reopened = await bl.FollowUpAsync(id, "InUmsetzung", "Integrationen im August wieder gesunken", v3);
        reopened.StatusCode.ShouldBe(HttpStatusCode.OK);

        var detail = await bl.GetJsonAsync($"/api/v1/measures/{id}");
        detail.GetProperty("row").GetProperty("status").GetString().ShouldBe("InUmsetzung");
        detail.GetProperty("followUps").GetArrayLength().ShouldBe(3);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var audit = await db.AuditEntries.Where(a => a.EntityType == "Measure" && a.EntityKey == id.ToString()).ToListAsync(Ct);
        audit.Count.ShouldBe(4); // created, in Umsetzung, erledigt, reopened: refused steps left no trace
        audit.ShouldAllBe(a => a.OrgUnitId != null);
        (await db.AuditEntries.CountAsync(a => a.EntityType == "MeasureFollowUp", Ct)).ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task A_team_lead_changes_only_measures_assigned_to_it_and_never_their_content()
    {
        using var bl = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        using var owner = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("HIL-MI"));
        using var other = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("RAT-MI"));
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        var (id, version) = await bl.CreateMeasureAsync(SteuerungApiClient.Measure(unit: "BER-SUED", owner: DemoAccounts.Teamleitung("HIL-MI")));

        var foreign = await other.FollowUpAsync(id, "InUmsetzung", null, version);
        (await foreign.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).Text("detail")!.ShouldContain("nicht zugeordnet");
        await (await traeger.FollowUpAsync(id, "InUmsetzung", null, version)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var edit = await owner.PutAsJsonAsync($"/api/v1/measures/{id}",
            SteuerungApiClient.Measure(unit: "BER-SUED", owner: DemoAccounts.Teamleitung("HIL-MI"), title: "Anders", version: version), Ct);
        await edit.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var create = await owner.PostAsJsonAsync("/api/v1/measures", SteuerungApiClient.Measure(unit: "HIL-MI"), Ct);
        await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await owner.FollowUpAsync(id, "InUmsetzung", "läuft", version)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var mine = await owner.GetJsonAsync($"/api/v1/measures?owner={DemoAccounts.Teamleitung("HIL-MI")}&active=true");
        mine.EnumerateArray().ShouldContain(m => m.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Bad_input_gets_German_messages_and_stores_nothing()
    {
        using var bl = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var before = await db.Measures.CountAsync(Ct);

        var empty = await bl.PostAsJsonAsync("/api/v1/measures",
            SteuerungApiClient.Measure(title: "", due: "2015-01-01", indicators: []), Ct);
        var problem = await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetRawText().ShouldContain("Titel");
        problem.GetRawText().ShouldContain("Fälligkeitsdatum");
        problem.GetRawText().ShouldContain("Kennzahl");
        var unknown = await bl.PostAsJsonAsync("/api/v1/measures", SteuerungApiClient.Measure(owner: "niemand@example.org"), Ct);
        (await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("kein Benutzer");

        (await db.Measures.CountAsync(Ct)).ShouldBe(before);
    }
}
