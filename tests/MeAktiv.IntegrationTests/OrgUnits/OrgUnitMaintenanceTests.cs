using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.OrgUnits;

/// <summary>
/// The organisation's master data through the API: create, rename, move, close with the accounts' fate, successor links
/// and cities; version check, German 400, rights; every change audited and visible at once in the Datenstand
/// (<c>/months</c>) and the figures (<c>/series</c>). Each test changes different units of its own app's database.
/// </summary>
public sealed class OrgUnitMaintenanceTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_2015_successor_links_are_seeded()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);

        var erk = await gf.GetJsonAsync("/api/v1/org-units/GS-ERK");
        var link = erk.GetProperty("successors").EnumerateArray().ShouldHaveSingleItem();
        link.GetProperty("unit").GetString().ShouldBe("GS-MET");
        link.GetProperty("date").GetString().ShouldBe("2015-04-01");
        link.GetProperty("share").GetDecimal().ShouldBe(100m);
        var u25 = await gf.GetJsonAsync("/api/v1/org-units/VEL-U25-1");
        u25.GetProperty("predecessors").EnumerateArray().Select(p => p.GetProperty("unit").GetString())
            .ShouldBe(["ERK-MI", "MET-MI", "VEL-MI"]);
        u25.GetProperty("predecessors").EnumerateArray().ShouldAllBe(p => p.GetProperty("share").ValueKind == JsonValueKind.Null);
        var met = await gf.GetJsonAsync("/api/v1/org-units/GS-MET");
        met.GetProperty("cities").EnumerateArray().Select(c => c.GetProperty("city").GetString()).ShouldContain("ERK");
    }

    [Fact]
    public async Task Administration_creates_a_team_that_the_tree_shows_and_the_audit_records()
    {
        using var admin = await app.CreateApiClientAsync(DemoAccounts.Administration);

        using var response = await admin.PostAsJsonAsync("/api/v1/org-units",
            new { code = "MET-U25-3", name = "U25 Team 3 (Mettmann)", kind = "Team", parent = "GS-MET", teamKind = "U25", validFrom = "2016-01-01" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var units = await admin.GetJsonAsync("/api/v1/org-units");
        var created = units.EnumerateArray().Single(u => u.GetProperty("code").GetString() == "MET-U25-3");
        created.GetProperty("parentCode").GetString().ShouldBe("GS-MET");
        (await AuditAsync("MET-U25-3")).ShouldBe([("Angelegt", DemoAccounts.Administration)]);
        using var twice = await admin.PostAsJsonAsync("/api/v1/org-units",
            new { code = "MET-U25-3", name = "Doppelt", kind = "Team", parent = "GS-MET", validFrom = "2016-01-01" }, Ct);
        (await twice.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("gibt es schon");
    }

    [Fact]
    public async Task Bad_input_is_a_German_400_and_nothing_changes()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);

        using var badCode = await gf.PostAsJsonAsync("/api/v1/org-units",
            new { code = "klein", name = "", kind = "Team", parent = "GS-MET", validFrom = "2016-01-01" }, Ct);
        var problem = await badCode.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Text("detail")!.ShouldContain("Großbuchstaben");
        problem.Text("detail")!.ShouldContain("Bitte einen Namen angeben.");
        using var wrongLevel = await gf.PostAsJsonAsync("/api/v1/org-units",
            new { code = "X-1", name = "Team unter Bereich", kind = "Team", parent = "BER-NORD", validFrom = "2016-01-01" }, Ct);
        (await wrongLevel.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("Geschäftsstelle");

        var hil = await gf.GetJsonAsync("/api/v1/org-units/GS-HIL");
        using var openTeams = await gf.PutAsJsonAsync("/api/v1/org-units/GS-HIL",
            new { name = "Geschäftsstelle Hilden", parent = "BER-SUED", validTo = "2015-12-31", version = hil.GetProperty("version").GetGuid() }, Ct);
        (await openTeams.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("HIL-LG");
        (await gf.GetJsonAsync("/api/v1/org-units/GS-HIL")).GetProperty("validTo").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Rename_with_a_stale_version_is_a_409_and_keeps_the_first_change()
    {
        using var admin = await app.CreateApiClientAsync(DemoAccounts.Administration);
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var seen = (await admin.GetJsonAsync("/api/v1/org-units/LAN-LG")).GetProperty("version").GetGuid();

        using var first = await admin.PutAsJsonAsync("/api/v1/org-units/LAN-LG",
            new { name = "Leistung Langenfeld/Monheim", parent = "GS-LAN", teamKind = "Leistung", version = seen }, Ct);
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync(Ct));
        using var second = await gf.PutAsJsonAsync("/api/v1/org-units/LAN-LG",
            new { name = "Leistung Langenfeld (alt)", parent = "GS-LAN", version = seen }, Ct);

        (await second.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("inzwischen geändert");
        (await admin.GetJsonAsync("/api/v1/org-units/LAN-LG")).GetProperty("name").GetString().ShouldBe("Leistung Langenfeld/Monheim");
        (await AuditAsync("LAN-LG")).ShouldBe([("Geändert", DemoAccounts.Administration)]);
    }

    [Fact]
    public async Task A_moved_team_counts_for_its_new_Geschaeftsstelle_at_once()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        const string series = "/api/v1/series?unit=GS-RAT&indicator=K2&from=2015-01&to=2015-05";
        var before = (await gf.GetJsonAsync(series)).GetRawText();
        var jo = await gf.GetJsonAsync("/api/v1/org-units/MET-JO");

        using var moved = await gf.PutAsJsonAsync("/api/v1/org-units/MET-JO",
            new { name = "Joboffensive Mettmann", parent = "GS-RAT", teamKind = "Joboffensive", version = jo.GetProperty("version").GetGuid() }, Ct);

        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync(Ct));
        (await gf.GetJsonAsync(series)).GetRawText().ShouldNotBe(before);
        var months = await gf.GetJsonAsync("/api/v1/months?year=2015&month=5");
        months.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "MET-JO")
            .GetProperty("parent").GetString().ShouldBe("Geschäftsstelle Ratingen");
        (await AuditAsync("MET-JO")).ShouldBe([("Verschoben", DemoAccounts.Geschaeftsfuehrung)]);
    }

    [Fact]
    public async Task Closing_a_team_asks_for_its_accounts_moves_them_to_the_successor_and_ends_its_duties()
    {
        using var admin = await app.CreateApiClientAsync(DemoAccounts.Administration);
        var akt = await admin.GetJsonAsync("/api/v1/org-units/RAT-AKT");
        akt.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()).ShouldContain(DemoAccounts.Teamleitung("RAT-AKT"));
        var version = akt.GetProperty("version").GetGuid();
        object Body(string? accounts) => new
        {
            name = "Projekt aktiv", parent = "GS-RAT", teamKind = "Projekt aktiv", validTo = "2015-05-31", version, accounts,
            successors = new[] { new { successor = "RAT-MI", date = "2015-06-01", share = (decimal?)100m } },
        };

        using var unasked = await admin.PutAsJsonAsync("/api/v1/org-units/RAT-AKT", Body(null), Ct);
        (await unasked.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("zugeordnete Konten");
        using var closed = await admin.PutAsJsonAsync("/api/v1/org-units/RAT-AKT", Body("Nachfolger"), Ct);

        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync(Ct));
        var june = await admin.GetJsonAsync("/api/v1/months?year=2015&month=6");
        june.EnumerateArray().Select(r => r.GetProperty("code").GetString()).ShouldNotContain("RAT-AKT");
        var may = await admin.GetJsonAsync("/api/v1/months?year=2015&month=5");
        may.EnumerateArray().Select(r => r.GetProperty("code").GetString()).ShouldContain("RAT-AKT");
        var after = await admin.GetJsonAsync("/api/v1/org-units/RAT-AKT");
        after.GetProperty("accounts").GetArrayLength().ShouldBe(0);
        after.GetProperty("successors").EnumerateArray().ShouldHaveSingleItem().GetProperty("unit").GetString().ShouldBe("RAT-MI");
        (await admin.GetJsonAsync("/api/v1/org-units/RAT-MI")).GetProperty("accounts").EnumerateArray()
            .Select(a => a.GetString()).ShouldContain(DemoAccounts.Teamleitung("RAT-AKT"));
        (await AuditAsync("RAT-AKT")).ShouldBe([("Geschlossen", DemoAccounts.Administration)]);
        await using var db = await Db();
        (await db.AuditEntries.CountAsync(a => a.EntityType == OrgUnitService.AccountAuditType
            && a.EntityKey == DemoAccounts.Teamleitung("RAT-AKT") && a.Action == "Einheiten geändert", Ct)).ShouldBe(1);
        (await db.AuditEntries.CountAsync(a => a.EntityType == "OrgUnitSuccessor" && a.Action == "Added" && a.User == DemoAccounts.Administration, Ct))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Team_lead_Traeger_and_Bereichsleitung_cannot_change_the_organisation()
    {
        foreach (var account in new[] { DemoAccounts.Teamleitung("VEL-MI"), DemoAccounts.Traeger, DemoAccounts.Bereichsleitung })
        {
            using var client = await app.CreateApiClientAsync(account);
            var unit = await client.GetJsonAsync("/api/v1/org-units/GS-VEL");
            using var put = await client.PutAsJsonAsync("/api/v1/org-units/GS-VEL",
                new { name = "Umbenannt", parent = "BER-NORD", version = unit.GetProperty("version").GetGuid() }, Ct);
            await put.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            using var post = await client.PostAsJsonAsync("/api/v1/org-units",
                new { code = "NEU-1", name = "Neu", kind = "Team", parent = "GS-VEL", validFrom = "2016-01-01" }, Ct);
            await post.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            unit.GetProperty("accounts").GetArrayLength().ShouldBe(0);
        }

        (await AuditAsync("GS-VEL")).ShouldBeEmpty();
        using var page = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        using var response = await page.GetAsync("/verwaltung/organisation", Ct);
        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    private async Task<AppDbContext> Db() =>
        await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);

    private async Task<List<(string Action, string User)>> AuditAsync(string code)
    {
        await using var db = await Db();
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == OrgUnitService.AuditType && a.EntityKey == code)
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.User }).ToListAsync(Ct);
        return rows.Select(r => (r.Action, r.User)).ToList();
    }
}
