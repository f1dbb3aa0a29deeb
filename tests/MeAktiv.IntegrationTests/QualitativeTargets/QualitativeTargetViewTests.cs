using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;

namespace MeAktiv.IntegrationTests.QualitativeTargets;

/// <summary>
/// Where the qualitative targets are shown: the Zielübersicht's section "Pflichten und Meilensteine" (overdue in red),
/// the review model and a frozen snapshot, which keeps the status as shown when a duty changes later. Own app: freezes
/// a snapshot and changes a duty.
/// </summary>
public sealed class QualitativeTargetViewTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_Zieluebersicht_shows_the_duties_with_due_date_status_and_overdue_in_red()
    {
        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync("/ziele?jahr=2015", Ct));

        html.ShouldContain("Pflichten und Meilensteine");
        html.ShouldContain("data-testid=\"duties-section\"");
        // § 44a (due 31.12.2015, open): the other test of the class sets the Klausurtagung to done.
        var row = html[html.IndexOf("data-code=\"ZV15-IV4-44A\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        row.ShouldContain("31.12.2015", customMessage: row);
        row.ShouldContain("§ 44a SGB II: Verfahren nachhaltig betreiben und Ergebnisse dokumentieren");
        row.ShouldContain("offen");
        row.ShouldContain("überfällig", customMessage: "open and past its due date (today is after 2015)");
        html.ShouldContain("href=\"/ziele/pflichten?jahr=2015\"");
    }

    [Fact]
    public async Task The_review_lists_the_duties_and_a_frozen_snapshot_keeps_them_as_shown()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var review = await gf.GetJsonAsync("/api/v1/review?year=2015&quarter=2");
        var duties = review.GetProperty("duties").EnumerateArray().ToList();
        duties.Select(d => d.GetProperty("code").GetString()).ShouldContain("ZV15-IV4-44A");
        duties.ShouldAllBe(d => d.GetProperty("unit").GetString() == "JC");

        using var frozen = await gf.PostAsJsonAsync("/api/v1/review/snapshots", new { year = 2015, quarter = 2 }, Ct);
        frozen.StatusCode.ShouldBe(HttpStatusCode.Created, await frozen.Content.ReadAsStringAsync(Ct));
        var snapshotId = (await frozen.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var klausur = (await gf.GetJsonAsync("/api/v1/qualitative-targets?year=2015")).EnumerateArray()
            .Single(d => d.GetProperty("code").GetString() == "ZV15-IV1-KLAUSUR");
        using var done = await gf.PutAsJsonAsync($"/api/v1/qualitative-targets/{klausur.GetProperty("id").GetGuid()}", new
        {
            year = 2015, unit = "JC", title = klausur.GetProperty("title").GetString(), description = klausur.GetProperty("description").GetString(),
            owner = klausur.GetProperty("owner").GetString(), dueDate = "2015-06-30", status = "Done", evidence = "Protokoll der Klausurtagung",
            source = klausur.GetProperty("source").GetString(), version = klausur.GetProperty("version").GetGuid(),
        }, Ct);
        done.StatusCode.ShouldBe(HttpStatusCode.OK, await done.Content.ReadAsStringAsync(Ct));

        var snapshot = await gf.GetJsonAsync($"/api/v1/review/snapshots/{snapshotId}");
        var shown = snapshot.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "ZV15-IV1-KLAUSUR");
        shown.GetProperty("status").GetString().ShouldBe("Open");
        shown.GetProperty("isOverdue").GetBoolean().ShouldBeTrue();
        var now = (await gf.GetJsonAsync("/api/v1/review?year=2015&quarter=2")).GetProperty("duties").EnumerateArray()
            .Single(d => d.GetProperty("code").GetString() == "ZV15-IV1-KLAUSUR");
        now.GetProperty("status").GetString().ShouldBe("Done");
        now.GetProperty("evidence").GetString().ShouldBe("Protokoll der Klausurtagung");
    }
}
