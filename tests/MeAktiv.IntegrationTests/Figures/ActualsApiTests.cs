using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>PUT/GET /api/v1/actuals on real SQLite: saves, German 400s that store nothing, 403, 409 on stale versions.</summary>
public sealed class ActualsApiTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    [Fact]
    public async Task Save_with_the_version_seen_stores_the_value_and_a_new_version_with_audit()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        var before = await tl.ActualAsync("VEL-MI", "2015-06", "K2", "INT");
        var (_, auditBefore, _) = await app.CountsAsync();

        var response = await tl.PutAsync("VEL-MI/K2/INT/2015-06", new { value = 91, version = before.GetProperty("version").GetString() });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        saved.GetProperty("value").GetDecimal().ShouldBe(91m);
        var after = await tl.ActualAsync("VEL-MI", "2015-06", "K2", "INT");
        after.GetProperty("value").GetDecimal().ShouldBe(91m);
        after.GetProperty("version").GetString().ShouldBe(saved.GetProperty("version").GetString());
        after.GetProperty("version").GetString().ShouldNotBe(before.GetProperty("version").GetString());
        after.GetProperty("updatedBy").GetString().ShouldBe(DemoAccounts.Teamleitung("VEL-MI"));
        (await app.CountsAsync()).Audit.ShouldBe(auditBefore + 1);
    }

    [Fact]
    public async Task A_stale_version_gets_409_saying_who_changed_it_and_the_stored_value_stays()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("HIL-MI"));
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var seen = (await tl.ActualAsync("HIL-MI", "2015-06", "K2", "INT")).GetProperty("version").GetString();
        (await gf.PutAsync("HIL-MI/K2/INT/2015-06", new { value = 55, version = seen })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = await tl.PutAsync("HIL-MI/K2/INT/2015-06", new { value = 66, version = seen });

        var problem = await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.Text("detail")!.ShouldContain(DemoAccounts.Geschaeftsfuehrung);
        problem.GetProperty("storedValue").GetDecimal().ShouldBe(55m);
        problem.Text("updatedBy").ShouldBe(DemoAccounts.Geschaeftsfuehrung);
        (await tl.ActualAsync("HIL-MI", "2015-06", "K2", "INT")).GetProperty("value").GetDecimal().ShouldBe(55m);

        // Overwriting knowingly: with the version now stored, the team lead's value wins.
        var fresh = problem.Text("storedVersion");
        (await tl.PutAsync("HIL-MI/K2/INT/2015-06", new { value = 66, version = fresh })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_value_without_version_where_one_exists_is_a_conflict_not_an_overwrite()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("LAN-MI"));
        var before = await app.CountsAsync();

        var response = await tl.PutAsync("LAN-MI/K2/INT/2015-06", new { value = 1 });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await app.CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Concurrent_first_saves_of_one_new_figure_have_one_winner_and_409_for_the_others_not_500()
    {
        // Every request plans an insert; the first one stored wins, the others meet the unique index in SQLite's bulk
        // insert (was a 500: its SqliteException was not taken for a conflict).
        await app.ShouldStoreOneOfConcurrentFirstSavesAsync("MET-MI");
    }

    [Fact]
    public async Task A_team_lead_cannot_change_another_teams_figure()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        var before = await app.CountsAsync();

        var response = await tl.PutAsync("RAT-MI/K2/INT/2015-06", new { value = 1 });

        (await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).Text("detail")!.ShouldContain("RAT-MI");
        (await app.CountsAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData(DemoAccounts.Traeger)]
    [InlineData(DemoAccounts.Administration)]
    public async Task Traeger_and_administration_change_no_figures(string email)
    {
        using var client = await app.CreateApiClientAsync(email);
        await (await client.PutAsync("RAT-MI/K2/INT/2015-06", new { value = 1 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    public static TheoryData<string, string, object, string, string> BadInputs => new()
    {
        { DemoAccounts.Geschaeftsfuehrung, "VEL-MI/K2/INT/2015-06", new { value = -1 }, "Wert", "negativ" },
        { DemoAccounts.Geschaeftsfuehrung, "VEL-MI/K2/INT/2015-06", new { value = 1.5 }, "Wert", "ganze Zahl" },
        { DemoAccounts.Geschaeftsfuehrung, "JC/U25/ALQ/2015-06", new { value = 100.5 }, "Wert", "zwischen 0 und 100" },
        { DemoAccounts.Geschaeftsfuehrung, "VEL-LG/KDU/KDU/2015-06", new { value = 1000.123 }, "Wert", "zwei Nachkommastellen" },
        { DemoAccounts.Geschaeftsfuehrung, "VEL-MI/K2/INT/2099-01", new { value = 1 }, "Monat", "Zukunft" },
        { DemoAccounts.Geschaeftsfuehrung, "VEL-MI/K2/INT/2015-13", new { value = 1 }, "Monat", "JJJJ-MM" },
        { DemoAccounts.Geschaeftsfuehrung, "VEL-MI/K2/INT/2015-06", new { value = "viele" }, "Wert", "Zahl" },
        { DemoAccounts.Geschaeftsfuehrung, "VEL-MI/BAMF/BEL/2015-06", new { value = 1 }, "Einheit", "nicht auf der Ebene" },
        { DemoAccounts.Geschaeftsfuehrung, "ERK-MI/K2/INT/2015-05", new { value = 1 }, "Einheit", "besteht im Monat 2015-05 nicht" },
        { DemoAccounts.Geschaeftsfuehrung, "XX-YY/K2/INT/2015-06", new { value = 1 }, "Einheit", "gibt es nicht" },
        { DemoAccounts.Geschaeftsfuehrung, "VEL-MI/K2/LZB/2015-06", new { value = 1 }, "Komponente", "gehört nicht zur Kennzahl" },
        { DemoAccounts.Geschaeftsfuehrung, "VEL-MI/K9/INT/2015-06", new { value = 1 }, "Kennzahl", "gibt es nicht" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_gets_a_German_400_at_the_field_and_stores_nothing(string email, string path, object body, string field, string text)
    {
        using var client = await app.CreateApiClientAsync(email);
        var before = await app.CountsAsync();

        var problem = await (await client.PutAsync(path, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var messages = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!).ToList();
        messages.ShouldContain(m => m.Contains(text), string.Join(" | ", messages));
        (await app.CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_stock_jump_is_accepted_once_confirmed()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var seen = (await gf.ActualAsync("RAT-MI", "2015-06", "K2", "ELB")).GetProperty("version").GetString();

        var response = await gf.PutAsync("RAT-MI/K2/ELB/2015-06", new { value = 99999, version = seen, confirm = true, reason = "Bestand geprüft" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        using var client = app.CreateClient();
        await (await client.PutAsync("VEL-MI/K2/INT/2015-06", new { value = 1 })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.GetAsync("/api/v1/actuals?unit=VEL-MI&year=2015", TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
