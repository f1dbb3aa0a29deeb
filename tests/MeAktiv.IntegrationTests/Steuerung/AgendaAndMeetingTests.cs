using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Steuerung;

/// <summary>
/// A meeting's agenda is built from the data: the team VEL-MI gets a K2 target far above its figures (red) and a K3
/// target far above its stock (lower is better: green). The red one is on the agenda, the green one is not; the
/// overdue measure and the month not yet submitted (06/2015 is Entwurf in the demo) are. Minutes, decisions, close.
/// Only submitted or closed figures count (docs/kennzahlen.md, "Datenstand"): the lights are those of May, the latest
/// month VEL-MI has submitted; a meeting on June lists June as missing and has no light for it.
/// </summary>
public sealed class AgendaAndMeetingTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Agenda_lists_the_red_target_not_the_green_one_the_overdue_measure_and_the_missing_month()
    {
        await app.AddTeamTargetAsync("VEL-MI", "K2", 99m);
        await app.AddTeamTargetAsync("VEL-MI", "K3", 1_000_000m);
        using var bl = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        var (overdue, _) = await bl.CreateMeasureAsync(SteuerungApiClient.Measure(unit: "VEL-MI", title: "Alte Maßnahme", due: "2015-07-01"));
        var (later, _) = await bl.CreateMeasureAsync(SteuerungApiClient.Measure(unit: "VEL-MI", title: "Spätere Maßnahme", due: "2015-12-31"));

        // Reviews May (it reviewed June while drafts counted; June is in Entwurf, so its K2 has no value and no light).
        using var created = await bl.PostAsJsonAsync("/api/v1/meetings",
            new { kind = "Zielnachhaltungsgespraech", unitCode = "VEL-MI", date = "2015-07-15", year = 2015, month = 5, participants = "BL, TL" }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var (id, version) = await SteuerungApiClient.IdAndVersionAsync(created);

        var meeting = await bl.GetJsonAsync($"/api/v1/meetings/{id}");
        var agenda = meeting.GetProperty("agenda").EnumerateArray().ToList();
        var k2 = agenda.Where(a => a.GetProperty("indicatorCode").GetString() == "K2").ToList().ShouldHaveSingleItem();
        k2.GetProperty("kind").GetString().ShouldBe("RedTarget");
        k2.GetProperty("actual").GetDecimal().ShouldBeLessThan(99m);
        agenda.ShouldNotContain(a => a.GetProperty("indicatorCode").GetString() == "K3", "a green target is not on the agenda");
        agenda.ShouldContain(a => a.GetProperty("kind").GetString() == "OverdueMeasure" && Measure(a) == overdue);
        agenda.ShouldNotContain(a => Measure(a) == later, "a measure due months later is not on the agenda");
        agenda.ShouldNotContain(a => a.GetProperty("kind").GetString() == "MissingMonth", "May and the months before are submitted in the demo");

        using var onJune = await bl.PostAsJsonAsync("/api/v1/meetings",
            new { kind = "Zielnachhaltungsgespraech", unitCode = "VEL-MI", date = "2015-07-15", year = 2015, month = 6 }, Ct);
        var juneAgenda = (await bl.GetJsonAsync($"/api/v1/meetings/{(await SteuerungApiClient.IdAndVersionAsync(onJune)).Id}"))
            .GetProperty("agenda").EnumerateArray().ToList();
        juneAgenda.ShouldContain(a => a.GetProperty("kind").GetString() == "MissingMonth" && a.GetProperty("unitCode").GetString() == "VEL-MI"
            && a.GetProperty("text").GetString()!.Contains("06/2015"));
        juneAgenda.ShouldNotContain(a => a.GetProperty("indicatorCode").GetString() == "K2", "June's figures are drafts: no light");

        using var minutes = await bl.PutAsJsonAsync($"/api/v1/meetings/{id}/minutes", new { minutes = "K2 deutlich unter Soll.", participants = "BL, TL", version }, Ct);
        minutes.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, v2) = await SteuerungApiClient.IdAndVersionAsync(minutes);
        using var decision = await bl.PostAsJsonAsync($"/api/v1/meetings/{id}/decisions", new { text = "Vermittlungsoffensive im 3. Quartal", version = v2 }, Ct);
        decision.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, v3) = await SteuerungApiClient.IdAndVersionAsync(decision);
        await bl.CreateMeasureAsync(SteuerungApiClient.Measure(unit: "VEL-MI", title: "In der Sitzung vereinbart", meetingId: id));
        (await (await bl.PostAsJsonAsync($"/api/v1/meetings/{id}/close", new { version = v2 }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("inzwischen geändert");
        (await bl.PostAsJsonAsync($"/api/v1/meetings/{id}/close", new { version = v3 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var closed = await bl.GetJsonAsync($"/api/v1/meetings/{id}");
        closed.GetProperty("row").GetProperty("state").GetString().ShouldBe("Abgeschlossen");
        closed.GetProperty("decisions").GetArrayLength().ShouldBe(1);
        closed.GetProperty("measures").EnumerateArray().ShouldHaveSingleItem().GetProperty("title").GetString().ShouldBe("In der Sitzung vereinbart");
        var late = await bl.PostAsJsonAsync("/api/v1/measures", SteuerungApiClient.Measure(unit: "VEL-MI", meetingId: id), Ct);
        (await late.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("abgeschlossen");
    }

    [Fact]
    public async Task Missing_months_are_those_the_units_owe_and_that_are_due_by_the_meeting_day()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        async Task<List<string>> MissingAsync(string date)
        {
            using var created = await gf.PostAsJsonAsync("/api/v1/meetings",
                new { kind = "Zielnachhaltungsgespraech", unitCode = "GS-MET", date, year = 2015, month = 6 }, Ct);
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
            var meeting = await gf.GetJsonAsync($"/api/v1/meetings/{(await SteuerungApiClient.IdAndVersionAsync(created)).Id}");
            return meeting.GetProperty("agenda").EnumerateArray()
                .Where(a => a.GetProperty("kind").GetString() == "MissingMonth")
                .Select(a => a.GetProperty("text").GetString()!).ToList();
        }

        // June is due on 10.07.2015: on the 10th it is on the agenda, for the site and its three teams that owe figures
        // (the Arbeitgeberservice MET-AGS owes nothing); on the 9th it is not due yet.
        (await MissingAsync("2015-07-10")).ShouldBe([
            "Geschäftsstelle Mettmann: 06/2015 nicht eingereicht", "Joboffensive Mettmann: 06/2015 nicht eingereicht",
            "Leistung Mettmann: 06/2015 nicht eingereicht", "Markt & Integration Mettmann: 06/2015 nicht eingereicht"]);
        (await MissingAsync("2015-07-09")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_the_leads_create_meetings_and_the_Traeger_cannot_see_team_meetings()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("LAN-MI"));
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        var body = new { kind = "Zielnachhaltungsgespraech", unitCode = "LAN-MI", date = "2015-07-20", year = 2015, month = 6 };

        (await (await tl.PostAsJsonAsync("/api/v1/meetings", body, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden))
            .Text("detail")!.ShouldContain("Bereichsleitung");
        using var created = await gf.PostAsJsonAsync("/api/v1/meetings", body, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var (id, _) = await SteuerungApiClient.IdAndVersionAsync(created);

        (await traeger.GetAsync($"/api/v1/meetings/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await traeger.GetJsonAsync("/api/v1/meetings");
        list.EnumerateArray().ShouldNotContain(m => m.GetProperty("id").GetGuid() == id);
    }

    private static Guid? Measure(JsonElement item) =>
        item.GetProperty("measureId").ValueKind == JsonValueKind.Null ? null : item.GetProperty("measureId").GetGuid();
}
