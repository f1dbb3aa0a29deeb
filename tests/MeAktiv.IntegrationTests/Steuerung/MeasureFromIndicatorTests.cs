using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Steuerung;

/// <summary>
/// Issue 20 (Bereichsleitung): a measure is started from a red or yellow indicator (Kennzahl page, card, agenda item)
/// prefilled with unit, indicator and meeting, for a unit that exists today; a new meeting's agenda lists what is due by
/// its day, one item per unit with its missing months, after the red and yellow targets; the Monatsabschluss offers
/// "Wieder öffnen" where the month is closed. GS-VEL owes only § 16a and BuT figures, so reopening its April and May
/// leaves its K2 untouched.
/// </summary>
public sealed class MeasureFromIndicatorTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_agenda_groups_missing_months_per_unit_lists_only_what_is_due_and_puts_the_targets_first()
    {
        await app.AddTeamTargetAsync("GS-VEL", "K2", 99m);
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        await CloseAndReopenAsync(gf, "GS-VEL", "2015-04");
        await CloseAndReopenAsync(gf, "GS-VEL", "2015-05");

        var agenda = await AgendaAsync(gf, "GS-VEL", "2015-07-10", 5);
        var missing = agenda.Where(a => a.Text("kind") == "MissingMonth").Select(a => a.Text("text")).ToList();
        missing.ShouldBe(["Geschäftsstelle Velbert: 04/2015, 05/2015 nicht eingereicht"], "one item per unit with all its missing months");
        agenda[0].Text("kind").ShouldBe("RedTarget");
        agenda[0].Text("indicatorCode").ShouldBe("K2");
        var lastTarget = agenda.FindLastIndex(a => a.Text("kind") is "RedTarget" or "YellowTarget");
        agenda.FindIndex(a => a.Text("kind") == "MissingMonth").ShouldBeGreaterThan(lastTarget, "red and yellow targets come first");

        // April is due on 11.05.2015 (the 10th is a Sunday: the next working day), May on 10.06.2015: on 10.05. nothing
        // is due yet, on 11.05. April only.
        (await AgendaAsync(gf, "GS-VEL", "2015-05-10", 5)).ShouldNotContain(a => a.Text("kind") == "MissingMonth");
        (await AgendaAsync(gf, "GS-VEL", "2015-05-11", 5)).Where(a => a.Text("kind") == "MissingMonth").Select(a => a.Text("text"))
            .ShouldBe(["Geschäftsstelle Velbert: 04/2015 nicht eingereicht"]);
    }

    [Fact]
    public async Task A_measure_from_an_agenda_item_is_created_for_its_unit_indicator_and_meeting()
    {
        using var bl = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        using var created = await bl.PostAsJsonAsync("/api/v1/meetings",
            new { kind = "Zielnachhaltungsgespraech", unitCode = "VEL-MI", date = "2015-07-10", year = 2015, month = 5 }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var (meeting, _) = await SteuerungApiClient.IdAndVersionAsync(created);

        var (id, _) = await bl.CreateMeasureAsync(SteuerungApiClient.Measure(unit: "VEL-MI", indicators: ["K3"], meetingId: meeting));

        var detail = await bl.GetJsonAsync($"/api/v1/measures/{id}");
        detail.GetProperty("row").Text("unitCode").ShouldBe("VEL-MI");
        detail.GetProperty("indicators").EnumerateArray().Select(i => i.Text("code")).ShouldBe(["K3"]);
        detail.GetProperty("meeting").GetProperty("id").GetGuid().ShouldBe(meeting);
        (await bl.GetJsonAsync($"/api/v1/meetings/{meeting}")).GetProperty("measures").EnumerateArray()
            .ShouldContain(m => m.GetProperty("id").GetGuid() == id);

        using var page = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Bereichsleitung);
        var html = WebUtility.HtmlDecode(await page.GetStringAsync($"/massnahmen/neu?einheit=VEL-MI&kennzahl=K2&sitzung={meeting}", Ct));
        html.ShouldContain("Vorbelegt: Kennzahl K2 · Einheit VEL-MI · vereinbart in: Zielnachhaltungsgespräch am 10.07.2015.");
    }

    [Fact]
    public async Task The_units_offered_for_a_measure_are_the_open_ones_the_user_may_create_for_and_a_closed_one_is_refused()
    {
        var bl = await app.ScopeAsync(DemoAccounts.Bereichsleitung, Roles.Bereichsleitung);
        await using var services = app.Services.CreateAsyncScope();
        var units = services.ServiceProvider.GetRequiredService<MeasureUnitQueries>();
        var offered = (await units.ListAsync(bl, Ct)).Select(u => u.Code).ToList();
        offered.ShouldContain("VEL-MI");
        offered.ShouldContain("GS-MET");
        offered.ShouldNotContain("GS-ERK", "Erkrath closed on 31.03.2015");
        offered.ShouldNotContain("ERK-MI");
        offered.ShouldNotContain("ERK-LG");
        (await units.CanCreateForAsync(bl, "vel-mi", Ct)).ShouldBeTrue();
        (await units.CanCreateForAsync(await app.ScopeAsync(DemoAccounts.Teamleitung("VEL-MI"), Roles.Teamleitung), "VEL-MI", Ct))
            .ShouldBeFalse("a Teamleitung does not create measures");

        using var api = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        using var closed = await api.PostAsJsonAsync("/api/v1/measures", SteuerungApiClient.Measure(unit: "ERK-MI"), Ct);
        (await closed.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("nicht (mehr)");
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        (await tl.PostAsJsonAsync("/api/v1/measures", SteuerungApiClient.Measure(unit: "VEL-MI"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_Kennzahl_page_offers_a_measure_for_a_red_indicator_to_the_leads_only()
    {
        await app.AddTeamTargetAsync("LAN-MI", "K2", 99m);
        const string address = "/uebersicht/kennzahl/K2?einheit=LAN-MI&jahr=2015&monat=5";

        using var bl = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Bereichsleitung);
        var html = WebUtility.HtmlDecode(await bl.GetStringAsync(address, Ct));
        html.ShouldContain("data-testid=\"new-measure\"");
        html.ShouldContain("href=\"/massnahmen/neu?einheit=LAN-MI&kennzahl=K2\"");

        using var tl = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Teamleitung("LAN-MI"));
        (await tl.GetStringAsync(address, Ct)).ShouldNotContain("data-testid=\"new-measure\"");
        using var overview = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Bereichsleitung);
        WebUtility.HtmlDecode(await overview.GetStringAsync("/uebersicht/einheit/LAN-MI?jahr=2015&monat=5", Ct))
            .ShouldContain("href=\"/massnahmen/neu?einheit=LAN-MI&kennzahl=K2\"", customMessage: "the dashboard card offers it too");
    }

    [Fact]
    public async Task The_Monatsabschluss_offers_Wieder_oeffnen_where_the_month_is_closed()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        (await MonthStates.StateAsync(gf, "HIL-MI", 2015, 3)).ShouldBe("Abgeschlossen", "the demo closed the months up to April");

        var rows = await gf.GetJsonAsync("/api/v1/months?year=2015&month=3");
        var hil = rows.EnumerateArray().Single(r => r.Text("code") == "HIL-MI");
        hil.GetProperty("canReopen").GetBoolean().ShouldBeTrue();
        hil.GetProperty("canClose").GetBoolean().ShouldBeFalse();

        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Bereichsleitung);
        var html = await browser.GetStringAsync("/monatsabschluss?monat=2015-03", Ct);
        html.ShouldContain("data-testid=\"reopen-row\"");
        html.Split("data-unit=\"HIL-MI\"")[1].Split("</tr>")[0].ShouldContain("Wieder öffnen");
        using var tl = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Teamleitung("HIL-MI"));
        (await tl.GetStringAsync("/monatsabschluss?monat=2015-03", Ct)).ShouldNotContain("data-testid=\"reopen-row\"");
    }

    private static async Task<List<JsonElement>> AgendaAsync(HttpClient client, string unit, string date, int month)
    {
        using var created = await client.PostAsJsonAsync("/api/v1/meetings",
            new { kind = "Zielnachhaltungsgespraech", unitCode = unit, date, year = 2015, month }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var meeting = await client.GetJsonAsync($"/api/v1/meetings/{(await SteuerungApiClient.IdAndVersionAsync(created)).Id}");
        return meeting.GetProperty("agenda").EnumerateArray().ToList();
    }

    /// <summary>Back to Entwurf: closed first (the demo has closed the months up to April), then reopened.</summary>
    private static async Task CloseAndReopenAsync(HttpClient client, string unit, string month)
    {
        if (await MonthStates.StateAsync(client, unit, 2015, int.Parse(month[5..])) != "Abgeschlossen")
        {
            using var close = await client.PostAsJsonAsync($"/api/v1/months/{unit}/{month}/close", new { }, Ct);
            close.StatusCode.ShouldBe(HttpStatusCode.OK, await close.Content.ReadAsStringAsync(Ct));
        }

        using var reopen = await client.PostAsJsonAsync($"/api/v1/months/{unit}/{month}/reopen", new { reason = "Korrektur der Zahlen" }, Ct);
        reopen.StatusCode.ShouldBe(HttpStatusCode.OK, await reopen.Content.ReadAsStringAsync(Ct));
    }
}
