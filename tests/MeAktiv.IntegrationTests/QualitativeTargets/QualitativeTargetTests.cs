using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.QualitativeTargets;

/// <summary>
/// Pflichten und Meilensteine (<c>/api/v1/qualitative-targets</c>): the seeded 2015 duties, create and change with the
/// version check (409), the rights (403 for reading roles; the Bereichsleitung only in its Bereich; the owner only status
/// and evidence), German 400s, the audit entry, the read scope (the Träger only the Jobcenter's own). Own app: the tests
/// change data.
/// </summary>
public sealed class QualitativeTargetTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private const string Path = "/api/v1/qualitative-targets";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static object Body(string unit = "JC", string title = "Testpflicht", string owner = "Geschäftsführung", string dueDate = "2015-09-30",
        string status = "Open", string? evidence = null, Guid? version = null, int year = 2015) =>
        new { year, unit, title, description = "Beschreibung", owner, dueDate, status, evidence, source = "Test", version };

    [Fact]
    public async Task The_2015_duties_of_the_Zielvereinbarung_are_seeded_with_their_source()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var rows = (await gf.GetJsonAsync($"{Path}?year=2015")).EnumerateArray().ToList();
        var codes = rows.Select(r => r.GetProperty("code").GetString()).ToList();

        codes.ShouldContain("ZV15-IV4-44A");
        codes.ShouldContain("ZV15-IV2-ERSTB");
        codes.ShouldContain("ZV15-IV1-KDU-BER");
        codes.ShouldContain("ZV15-IV1-KLAUSUR");
        codes.ShouldContain("ZV15-IV1-KDU-PRUEF");
        var klausur = rows.Single(r => r.GetProperty("code").GetString() == "ZV15-IV1-KLAUSUR");
        klausur.GetProperty("dueDate").GetString().ShouldBe("2015-06-30");
        klausur.GetProperty("source").GetString().ShouldBe("Zielvereinbarung 2015, IV.1");
        klausur.GetProperty("status").GetString().ShouldBe("Open");
        klausur.GetProperty("unit").GetString().ShouldBe("JC");
        rows.Where(r => r.GetProperty("code").GetString()!.StartsWith("ZV15-", StringComparison.Ordinal)).Count().ShouldBe(8);
        rows.Where(r => r.GetProperty("code").GetString()!.StartsWith("ZV15-", StringComparison.Ordinal))
            .ShouldAllBe(r => r.GetProperty("source").GetString()!.Contains("Zielvereinbarung 2015"));
        (await gf.GetJsonAsync($"{Path}?year=2014")).GetArrayLength().ShouldBe(0);
        (await gf.GetAsync(Path, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Gf_creates_and_changes_a_duty_a_stale_version_is_a_conflict_and_the_change_is_audited()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var created = await gf.PostAsJsonAsync(Path, Body(title: "Konzept Erstberatung vorlegen"), Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var duty = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = duty.GetProperty("id").GetGuid();
        var version = duty.GetProperty("version").GetGuid();

        using var done = await gf.PutAsJsonAsync($"{Path}/{id}",
            Body(title: "Konzept Erstberatung vorlegen", status: "erledigt", evidence: "Vorlage vom 15.09.2015", version: version), Ct);
        done.StatusCode.ShouldBe(HttpStatusCode.OK, await done.Content.ReadAsStringAsync(Ct));
        var changed = await done.Content.ReadFromJsonAsync<JsonElement>(Ct);
        changed.GetProperty("status").GetString().ShouldBe("Done");
        changed.GetProperty("evidence").GetString().ShouldBe("Vorlage vom 15.09.2015");
        changed.GetProperty("isOverdue").GetBoolean().ShouldBeFalse();
        changed.GetProperty("version").GetGuid().ShouldNotBe(version);

        var stale = await gf.PutAsJsonAsync($"{Path}/{id}", Body(title: "Anders", version: version), Ct);
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("inzwischen geändert");
        (await gf.PutAsJsonAsync($"{Path}/{Guid.NewGuid()}", Body(version: version), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(QualitativeTarget) && a.EntityKey.Contains(id.ToString()))
            .OrderBy(a => a.Id).ToListAsync(Ct);
        audit.Select(a => a.Action).ShouldBe(["Added", "Modified"]);
        audit.ShouldAllBe(a => a.User == DemoAccounts.Geschaeftsfuehrung);
        audit[1].NewValues!.ShouldContain("Vorlage vom 15.09.2015");
        (await db.QualitativeTargets.SingleAsync(q => q.Id == id, Ct)).Title.ShouldBe("Konzept Erstberatung vorlegen");
    }

    [Fact]
    public async Task Bad_input_is_a_German_400_and_nothing_is_stored()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await CountAsync();

        (await (await gf.PostAsJsonAsync(Path, Body(title: " "), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("Titel");
        (await (await gf.PostAsJsonAsync(Path, Body(status: "Done"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("Nachweis");
        (await (await gf.PostAsJsonAsync(Path, Body(status: "fertig"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("Unbekannter Status");
        (await (await gf.PostAsJsonAsync(Path, Body(dueDate: "2019-01-01"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("Fälligkeitsdatum");
        (await gf.PostAsJsonAsync(Path, Body(unit: "NIX"), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData(DemoAccounts.Administration)]
    [InlineData(DemoAccounts.Traeger)]
    [InlineData("tl-vel-mi@me-aktiv.example")]
    public async Task Reading_roles_may_not_create_or_change_a_duty(string account)
    {
        using var client = await app.CreateApiClientAsync(account);
        var before = await CountAsync();
        (await (await client.PostAsJsonAsync(Path, Body(), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden))
            .Text("detail")!.ShouldContain("Geschäftsführung");
        var seeded = await SeededAsync("ZV15-IV4-44A");
        (await client.PutAsJsonAsync($"{Path}/{seeded.Id}", Body(title: seeded.Title, status: "Done", evidence: "x", version: seeded.Version), Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CountAsync()).ShouldBe(before);
        (await SeededAsync("ZV15-IV4-44A")).Status.ShouldBe(DutyStatus.Open);
    }

    [Fact]
    public async Task The_bereichsleitung_maintains_duties_of_its_bereich_only()
    {
        using var bl = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        (await bl.PostAsJsonAsync(Path, Body(unit: "JC"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var created = await bl.PostAsJsonAsync(Path, Body(unit: "GS-VEL", title: "Erstberatung Velbert einrichten"), Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_owner_sets_status_and_evidence_only_and_the_Traeger_reads_only_the_Jobcenters_duties()
    {
        const string owner = "tl-vel-mi@me-aktiv.example";
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var created = await gf.PostAsJsonAsync(Path, Body(unit: "VEL-MI", title: "§ 44a-Fälle im Team nachhalten", owner: owner), Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var duty = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = duty.GetProperty("id").GetGuid();

        using var tl = await app.CreateApiClientAsync(owner);
        var changedTitle = await tl.PutAsJsonAsync($"{Path}/{id}",
            Body(unit: "VEL-MI", title: "Anderer Titel", owner: owner, version: duty.GetProperty("version").GetGuid()), Ct);
        (await changedTitle.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).Text("detail")!.ShouldContain("nur Status und Nachweis");
        using var inWork = await tl.PutAsJsonAsync($"{Path}/{id}", Body(unit: "VEL-MI", title: "§ 44a-Fälle im Team nachhalten", owner: owner,
            status: "InProgress", evidence: "12 Verfahren dokumentiert", version: duty.GetProperty("version").GetGuid()), Ct);
        inWork.StatusCode.ShouldBe(HttpStatusCode.OK, await inWork.Content.ReadAsStringAsync(Ct));

        var tlCodes = (await tl.GetJsonAsync($"{Path}?year=2015")).EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        tlCodes.ShouldContain(id);
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        var seen = (await traeger.GetJsonAsync($"{Path}?year=2015")).EnumerateArray().ToList();
        seen.ShouldNotContain(r => r.GetProperty("id").GetGuid() == id);
        seen.ShouldContain(r => r.GetProperty("code").GetString() == "ZV15-IV4-44A");
        seen.ShouldAllBe(r => r.GetProperty("unit").GetString() == "JC");
    }

    [Fact]
    public async Task A_meetings_agenda_lists_an_overdue_duty_and_the_Traeger_does_not_see_one_below_the_Jobcenter()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var below = await gf.PostAsJsonAsync(Path, Body(unit: "GS-HIL", title: "Erstberatung Hilden prüfen", dueDate: "2015-06-15"), Ct);
        below.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var created = await gf.PostAsJsonAsync("/api/v1/meetings",
            new { kind = "Zielnachhaltedialog", unitCode = "JC", date = "2015-07-15", year = 2015, month = 5 }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var (id, _) = await SteuerungApiClient.IdAndVersionAsync(created);

        var agenda = (await gf.GetJsonAsync($"/api/v1/meetings/{id}")).GetProperty("agenda").EnumerateArray().ToList();
        var klausur = agenda.Where(a => a.GetProperty("text").GetString()!.StartsWith("Klausurtagung", StringComparison.Ordinal)).ToList()
            .ShouldHaveSingleItem();
        klausur.GetProperty("kind").GetString().ShouldBe("OverdueDuty");
        klausur.GetProperty("date").GetString().ShouldBe("2015-06-30");
        agenda.ShouldContain(a => a.GetProperty("text").GetString()!.StartsWith("Erstberatung Hilden", StringComparison.Ordinal));
        agenda.ShouldNotContain(a => a.GetProperty("text").GetString()!.StartsWith("§ 44a SGB II", StringComparison.Ordinal),
            "due 31.12.2015: neither overdue nor due within four weeks of the meeting");

        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        var seen = (await traeger.GetJsonAsync($"/api/v1/meetings/{id}")).GetProperty("agenda").EnumerateArray().ToList();
        seen.ShouldContain(a => a.GetProperty("text").GetString()!.StartsWith("Klausurtagung", StringComparison.Ordinal));
        seen.ShouldNotContain(a => a.GetProperty("text").GetString()!.StartsWith("Erstberatung Hilden", StringComparison.Ordinal));
    }

    private async Task<int> CountAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await db.QualitativeTargets.CountAsync(Ct);
    }

    private async Task<QualitativeTarget> SeededAsync(string code)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await db.QualitativeTargets.AsNoTracking().SingleAsync(q => q.Code == code, Ct);
    }
}
