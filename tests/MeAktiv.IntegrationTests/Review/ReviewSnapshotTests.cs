using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Review;

/// <summary>Snapshots of the review screen stay exactly as frozen after figures are corrected; the Träger may look but not change.</summary>
public sealed class ReviewSnapshotTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static decimal? K2Actual(JsonElement model) =>
        model.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "K2").GetProperty("actual").GetDecimal();

    [Fact]
    public async Task Snapshot_stays_identical_after_the_figures_change_and_the_compare_view_shows_the_change()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        // Quarter 1 and a correction of March (they were quarter 2 and June): June is in Entwurf in the demo, and only
        // submitted or closed figures count (docs/kennzahlen.md, "Datenstand"), so June has no K2 to freeze or correct.
        var created = await gf.PostAsJsonAsync("/api/v1/review/snapshots", new { year = 2015, quarter = 1, title = "Trägerversammlung Juli 2015" }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var frozenJson = await gf.GetStringAsync($"/api/v1/review/snapshots/{id}", Ct);
        var frozenK2 = K2Actual(JsonDocument.Parse(frozenJson).RootElement);

        // A correction after the meeting: 60 more integrations in March 2015 at Velbert.
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct))
        {
            var value = await db.MonthlyValues.SingleAsync(v => v.OrgUnit!.Code == "VEL-MI" && v.Component!.Indicator!.Code == "K2"
                && v.Component.Code == "INT" && v.Year == 2015 && v.Month == 3, Ct);
            value.Value += 60;
            value.Version = Guid.NewGuid();
            await db.SaveChangesAsync(Ct);
            // Written past the save service: raise the figures' stamp as it does (see docs/database.md).
            await FigureCache.RaiseAsync(db, Ct);
        }

        (await gf.GetStringAsync($"/api/v1/review/snapshots/{id}", Ct)).ShouldBe(frozenJson);
        var current = await gf.GetFromJsonAsync<JsonElement>("/api/v1/review?year=2015&quarter=1", Ct);
        K2Actual(current).ShouldNotBe(frozenK2);
        K2Actual(current)!.Value.ShouldBeGreaterThan(frozenK2!.Value);

        var compare = await gf.GetFromJsonAsync<JsonElement>($"/api/v1/review/snapshots/{id}/compare", Ct);
        var k2 = compare.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "K2");
        k2.GetProperty("frozenActual").GetDecimal().ShouldBe(frozenK2.Value);
        k2.GetProperty("currentActual").GetDecimal().ShouldBe(K2Actual(current)!.Value);
        k2.GetProperty("hasChanged").GetBoolean().ShouldBeTrue();
        compare.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "K3")
            .GetProperty("hasChanged").GetBoolean().ShouldBeFalse();

        // The page of the snapshot shows the banner and the frozen figures.
        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Traeger);
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync($"/review/stand/{id}", Ct));
        html.ShouldContain("eingefroren – spätere Korrekturen sind nicht enthalten");
        html.ShouldContain("Trägerversammlung Juli 2015");
    }

    [Fact]
    public async Task Traeger_sees_review_and_reports_without_team_detail_and_cannot_change_anything()
    {
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        (await traeger.GetAsync("/api/v1/review?year=2015&quarter=2", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await traeger.GetFromJsonAsync<JsonElement>("/api/v1/reports/attainment?year=2015&quarter=2", Ct);
        var parts = report.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("kind").GetString()).ToList();
        parts.ShouldContain("Jobcenter");
        parts.ShouldAllBe(k => k == "Jobcenter" || k == "Geschaeftsstelle");
        var but = await traeger.GetStringAsync("/api/v1/reports/but?year=2015&stichtag=2", Ct);
        but.ShouldNotContain("VEL-MI");

        // Team detail: refused.
        (await traeger.GetAsync("/api/v1/attainment?unit=VEL-MI&year=2015&month=6", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await traeger.GetAsync("/api/v1/actuals?unit=VEL-MI&year=2015&month=6", Ct)).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.NotFound);

        // Every editing endpoint: refused, nothing changed.
        (await traeger.PostAsJsonAsync("/api/v1/review/snapshots", new { year = 2015, quarter = 2 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await traeger.PutAsJsonAsync("/api/v1/actuals/GS-VEL/16A-2/VEL/2015-06", new { value = 5 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await traeger.PutAsJsonAsync("/api/v1/actuals/VEL-MI/K2/INT/2015-06", new { value = 5 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await traeger.PostAsync("/api/v1/months/GS-VEL/2015-06/close", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await traeger.PostAsync("/api/v1/months/VEL-MI/2015-06/submit", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await traeger.PostAsJsonAsync("/api/v1/months/VEL-MI/2015-06/reopen", new { reason = "Test" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var csv = new MultipartFormDataContent { { new StringContent("Monat;Einheit;Kennzahl;Komponente;Wert\n2015-06;GS-VEL;16A-2;VEL;5\n"), "file", "zahlen.csv" } };
        (await traeger.PostAsync("/api/v1/imports", csv, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        (await db.ReviewSnapshots.CountAsync(s => s.CreatedBy == DemoAccounts.Traeger, Ct)).ShouldBe(0);
        (await db.AuditEntries.CountAsync(a => a.User == DemoAccounts.Traeger, Ct)).ShouldBe(0);
    }
}
