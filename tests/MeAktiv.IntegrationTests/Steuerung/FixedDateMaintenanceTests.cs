using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Steuerung;

/// <summary>
/// Maintaining the fixed dates (<c>/api/v1/fixed-dates</c>): the Geschäftsführung and the Administration create, change and
/// cancel with audit; a stale version is 409, bad input a German 400, other roles 403 with nothing changed; the Termine
/// list follows. Own app: the test changes dates.
/// </summary>
public sealed class FixedDateMaintenanceTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Body(string title, object? version = null, string? code = "KLAUSUR-TEST") => new
    {
        code, date = "2015-05-20", title, description = "Klausurtagung", audience = new[] { "Geschaeftsfuehrung", "Traeger" },
        yearly = false, source = "Test", version,
    };

    [Fact]
    public async Task Gf_creates_admin_changes_a_stale_save_is_a_conflict_and_a_cancelled_date_leaves_the_termine()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var admin = await app.CreateApiClientAsync(DemoAccounts.Administration);
        using var created = await gf.PostAsJsonAsync("/api/v1/fixed-dates", Body("Klausurtagung AMIP"), Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var v1 = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetString();

        using var changed = await admin.PutAsJsonAsync("/api/v1/fixed-dates/KLAUSUR-TEST", Body("Klausurtagung AMIP (verschoben)", v1), Ct);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync(Ct));
        var v2 = (await changed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetString();
        (await (await gf.PutAsJsonAsync("/api/v1/fixed-dates/KLAUSUR-TEST", Body("überschreiben", v1), Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .Text("detail")!.ShouldContain("inzwischen geändert");

        var list = (await gf.GetJsonAsync("/api/v1/fixed-dates?year=2015")).EnumerateArray().ToList();
        var row = list.Single(d => d.GetProperty("code").GetString() == "KLAUSUR-TEST");
        row.GetProperty("title").GetString().ShouldBe("Klausurtagung AMIP (verschoben)");
        row.GetProperty("updatedBy").GetString().ShouldBe(DemoAccounts.Administration);
        list.ShouldContain(d => d.GetProperty("code").GetString() == "BUT-2015-Q1" && d.GetProperty("yearly").GetBoolean());
        list.ShouldContain(d => d.GetProperty("code").GetString() == "MESSE-2015" && !d.GetProperty("yearly").GetBoolean());
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        (await traeger.GetJsonAsync("/api/v1/termine?from=2015-05-01&to=2015-05-31")).EnumerateArray()
            .ShouldContain(t => t.GetProperty("title").GetString() == "Klausurtagung AMIP (verschoben)");

        await (await gf.DeleteAsync($"/api/v1/fixed-dates/KLAUSUR-TEST?version={v1}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using var cancelled = await gf.DeleteAsync($"/api/v1/fixed-dates/KLAUSUR-TEST?version={v2}", Ct);
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK, await cancelled.Content.ReadAsStringAsync(Ct));
        (await traeger.GetJsonAsync("/api/v1/termine?from=2015-05-01&to=2015-05-31")).EnumerateArray()
            .ShouldNotContain(t => t.GetProperty("title").GetString()!.StartsWith("Klausurtagung AMIP", StringComparison.Ordinal));
        (await gf.GetJsonAsync("/api/v1/fixed-dates?year=2015")).EnumerateArray()
            .Single(d => d.GetProperty("code").GetString() == "KLAUSUR-TEST").GetProperty("cancelled").GetBoolean().ShouldBeTrue();

        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var id = (await db.FixedDates.SingleAsync(d => d.Code == "KLAUSUR-TEST", Ct)).Id.ToString();
        var audit = await db.AuditEntries.Where(a => a.EntityType == "FixedDate" && a.EntityKey.Contains(id)).OrderBy(a => a.Id).ToListAsync(Ct);
        audit.Select(a => (a.User, a.Action)).ShouldBe([(DemoAccounts.Geschaeftsfuehrung, "Added"), (DemoAccounts.Administration, "Modified"),
            (DemoAccounts.Geschaeftsfuehrung, "Modified")]);
        audit[^1].NewValues!.ShouldContain("Cancelled");
    }

    [Fact]
    public async Task Bad_input_is_a_german_400_and_roles_that_may_not_get_403_with_nothing_changed()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        (await (await gf.PostAsJsonAsync("/api/v1/fixed-dates", Body(""), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("Bitte einen Titel angeben.");
        (await (await gf.PostAsJsonAsync("/api/v1/fixed-dates", new { code = "X-1", date = "2015-01-01", title = "T", audience = new[] { "Chef" } }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("Unbekannte Rolle");
        (await (await gf.PostAsJsonAsync("/api/v1/fixed-dates", Body("Doppelt", code: "BUT-2015-Q1"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("gibt es schon");
        await (await gf.GetAsync("/api/v1/fixed-dates", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var before = (await gf.GetJsonAsync("/api/v1/fixed-dates?year=2015")).GetRawText();
        var version = (await gf.GetJsonAsync("/api/v1/fixed-dates?year=2015")).EnumerateArray()
            .Single(d => d.GetProperty("code").GetString() == "MESSE-2015").GetProperty("version").GetString();
        foreach (var account in new[] { DemoAccounts.Teamleitung("VEL-MI"), DemoAccounts.Traeger, DemoAccounts.Bereichsleitung })
        {
            using var client = await app.CreateApiClientAsync(account);
            await (await client.PostAsJsonAsync("/api/v1/fixed-dates", Body("Fremd", code: "FREMD-1"), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PutAsJsonAsync("/api/v1/fixed-dates/MESSE-2015", Body("Fremd", version), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await (await client.DeleteAsync($"/api/v1/fixed-dates/MESSE-2015?version={version}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            (await client.GetJsonAsync("/api/v1/fixed-dates?year=2015")).GetArrayLength().ShouldBeGreaterThan(0);
        }

        (await gf.GetJsonAsync("/api/v1/fixed-dates?year=2015")).GetRawText().ShouldBe(before);
    }
}
