using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Steuerung;

/// <summary>
/// Recurring meetings (<c>/api/v1/recurring-dates</c>): the seeded monthly Zielnachhaltungsgespräch of each Geschäftsstelle
/// appears in the Termine of a month (Erkrath only while it exists, a team lead only for its own Geschäftsstelle, the
/// Träger not at all); a rule on day 31 falls on the month's last day and ends with its period; rights, 400 and 409.
/// Own app: the test adds rules.
/// </summary>
public sealed class RecurringDateTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<JsonElement> Of(JsonElement termine, string kind = "Regelmaessig") =>
        termine.EnumerateArray().Where(t => t.GetProperty("kind").GetString() == kind).ToList();

    [Fact]
    public async Task The_monthly_review_of_each_geschaeftsstelle_is_on_the_third_wednesday_for_those_concerned()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var july = Of(await gf.GetJsonAsync("/api/v1/termine?from=2015-07-01&to=2015-07-31"));
        july.ShouldAllBe(t => t.GetProperty("date").GetString() == "2015-07-15");
        july.Select(t => t.GetProperty("unitCode").GetString()).ShouldBe(["GS-HIL", "GS-LAN", "GS-MET", "GS-RAT", "GS-VEL"], ignoreOrder: true);
        july.ShouldContain(t => t.GetProperty("title").GetString() == "Zielnachhaltungsgespräch: Geschäftsstelle Velbert");
        var march = Of(await gf.GetJsonAsync("/api/v1/termine?from=2015-03-01&to=2015-03-31"));
        march.Select(t => t.GetProperty("unitCode").GetString()).ShouldContain("GS-ERK");
        march.ShouldAllBe(t => t.GetProperty("date").GetString() == "2015-03-18");

        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        Of(await tl.GetJsonAsync("/api/v1/termine?from=2015-07-01&to=2015-07-31")).ShouldHaveSingleItem()
            .GetProperty("unitCode").GetString().ShouldBe("GS-VEL");
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        Of(await traeger.GetJsonAsync("/api/v1/termine?from=2015-01-01&to=2015-12-31")).ShouldBeEmpty();

        var rule = (await gf.GetJsonAsync("/api/v1/recurring-dates")).EnumerateArray().Single(r => r.GetProperty("code").GetString() == "ZNG-GS");
        rule.GetProperty("rule").GetString().ShouldBe("jeden 3. Mittwoch im Monat");
        rule.GetProperty("source").GetString()!.ShouldContain("angenommen");
    }

    [Fact]
    public async Task A_rule_on_day_31_falls_on_the_last_day_ends_with_its_period_and_is_maintained_with_rights_and_versions()
    {
        object Rule(string title, object? version = null, string? weekday = null, string pattern = "DayOfMonth") => new
        {
            code = "BESPRECHUNG-HIL", title, unitCode = "GS-HIL", eachKind = (string?)null, pattern, day = 31, weekday,
            from = "2015-01-01", to = "2015-06-30", audience = new[] { "Geschaeftsfuehrung", "Bereichsleitung" }, version,
        };
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        foreach (var account in new[] { DemoAccounts.Teamleitung("VEL-MI"), DemoAccounts.Traeger })
        {
            using var client = await app.CreateApiClientAsync(account);
            await (await client.PostAsJsonAsync("/api/v1/recurring-dates", Rule("Monatsbesprechung"), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        (await (await gf.PostAsJsonAsync("/api/v1/recurring-dates", Rule("Monatsbesprechung", pattern: "NthWeekday"), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("Bitte den Wochentag angeben.");
        using var created = await gf.PostAsJsonAsync("/api/v1/recurring-dates", Rule("Monatsbesprechung"), Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var v1 = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetString();

        var days = Of(await gf.GetJsonAsync("/api/v1/termine?from=2015-01-01&to=2015-12-31"))
            .Where(t => t.GetProperty("title").GetString() == "Monatsbesprechung").Select(t => t.GetProperty("date").GetString()).ToList();
        days.ShouldBe(["2015-01-31", "2015-02-28", "2015-03-31", "2015-04-30", "2015-05-31", "2015-06-30"]);

        using var admin = await app.CreateApiClientAsync(DemoAccounts.Administration);
        using var changed = await admin.PutAsJsonAsync("/api/v1/recurring-dates/BESPRECHUNG-HIL", Rule("Monatsbesprechung Hilden", v1), Ct);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync(Ct));
        await (await gf.PutAsJsonAsync("/api/v1/recurring-dates/BESPRECHUNG-HIL", Rule("alt", v1), Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var v2 = (await changed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetString();
        (await gf.DeleteAsync($"/api/v1/recurring-dates/BESPRECHUNG-HIL?version={v2}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        Of(await gf.GetJsonAsync("/api/v1/termine?from=2015-01-01&to=2015-12-31"))
            .ShouldNotContain(t => t.GetProperty("title").GetString()!.StartsWith("Monatsbesprechung", StringComparison.Ordinal));
    }
}
