using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>
/// Issue 22, comments where a target is off track (docs/kennzahlen.md, "Kommentar bei Zielabweichung"): submitting a
/// month with red targets is refused (422 <c>comments-required</c>) until each has a comment; the comments are the
/// Kennzahl page's, audited; who sees what is uncommented. June 2015 of the demo: every unit in Entwurf; VEL-MI's
/// June as submitted has red targets (K2, K3, …). Own app: it submits months.
/// </summary>
public sealed partial class DeviationCommentApiTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> Submit(HttpClient client, string unit, object? body = null) =>
        body is null ? client.PostAsync($"/api/v1/months/{unit}/2015-06/submit", null, Ct)
            : client.PostAsJsonAsync($"/api/v1/months/{unit}/2015-06/submit", body, Ct);

    private static object Comments(IEnumerable<string> codes, string text = "Zwei Stellen unbesetzt") =>
        new { comments = codes.Select(c => new { indicator = c, text }).ToList() };

    [Fact]
    public async Task Submitting_asks_for_a_comment_per_red_target_and_stores_them_audited_with_the_submit()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await app.CountsAsync();

        var asked = await (await Submit(tl, "VEL-MI")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        asked.Text("code").ShouldBe("comments-required");
        var deviations = asked.GetProperty("deviations").EnumerateArray().ToList();
        var codes = deviations.Select(d => d.GetProperty("indicator").GetString()!).ToList();
        codes.ShouldContain("K2");
        deviations.ShouldAllBe(d => d.GetProperty("light").GetString() == "Red" && d.GetProperty("unitCode").GetString() == "VEL-MI");
        asked.Text("detail")!.ShouldBe($"Bitte zu jedem Ziel, das rot ist, einen Kommentar angeben: {string.Join(", ", codes)}.");

        // One comment short (and one blank): still refused, nothing stored, the month stays in Entwurf.
        var rest = await (await Submit(tl, "VEL-MI", new { comments = codes.Select((c, i) => new { indicator = c, text = i == 0 ? " " : "Grund" }) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        rest.GetProperty("deviations").EnumerateArray().Select(d => d.GetProperty("indicator").GetString()).ShouldBe([codes[0]]);
        (await app.CountsAsync()).ShouldBe(before);

        (await Submit(tl, "VEL-MI", Comments(codes))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var k2 = await gf.GetFromJsonAsync<JsonElement>("/api/v1/comments/K2/VEL-MI/2015-06", Ct);
        k2.Text("text").ShouldBe("Zwei Stellen unbesetzt");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(IndicatorComment) && a.User == DemoAccounts.Teamleitung("VEL-MI"))
            .ToListAsync(Ct);
        audit.Count.ShouldBe(codes.Count);
        audit.ShouldAllBe(a => a.Action == "Added" && a.NewValues!.Contains("Zwei Stellen unbesetzt"));
        var velMi = await db.OrgUnits.Where(u => u.Code == "VEL-MI").Select(u => u.Id).SingleAsync(Ct);
        (await db.MonthStatuses.SingleAsync(s => s.OrgUnitId == velMi && s.Year == 2015 && s.Month == 6, Ct)).State.ShouldBe(MonthState.Eingereicht);

        // The unit's history (Verlauf der Einheit) lists the submit, not the comments as nameless "Monatsstatus" rows.
        await using (var services = app.Services.CreateAsyncScope())
        {
            var history = await services.ServiceProvider.GetRequiredService<UnitHistoryQueries>()
                .ForUnitAsync(await app.ScopeAsync(DemoAccounts.Teamleitung("VEL-MI"), Roles.Teamleitung), "VEL-MI", ct: Ct);
            history!.First().NewState.ShouldBe(MonthState.Eingereicht);
            history!.ShouldAllBe(r => r.Indicator != null || r.NewState != null);
        }

        // Submitted and commented: not in the Geschäftsführung's list of uncommented deviations.
        var open = await gf.GetFromJsonAsync<JsonElement>("/api/v1/deviations/uncommented?year=2015&month=6", Ct);
        open.EnumerateArray().ShouldNotContain(d => d.GetProperty("unitCode").GetString() == "VEL-MI");
    }

    [Fact]
    public async Task The_Jobcenters_comments_given_with_its_submit_are_the_reviews_notes()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var codes = (await (await Submit(gf, "JC")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))
            .GetProperty("deviations").EnumerateArray().Select(d => d.GetProperty("indicator").GetString()!).ToList();
        codes.ShouldNotBeEmpty();
        (await Submit(gf, "JC", Comments(codes, "Stand Juni: Maßnahmen laufen"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var review = await gf.GetFromJsonAsync<JsonElement>("/api/v1/review?year=2015&quarter=2", Ct);
        var slides = review.GetProperty("targets").EnumerateArray().Concat(review.GetProperty("monitoring").EnumerateArray())
            .Where(t => codes.Contains(t.GetProperty("code").GetString()!)).ToList();
        slides.ShouldNotBeEmpty();
        slides.ShouldAllBe(t => t.GetProperty("comment").GetString() == "Stand Juni: Maßnahmen laufen");
    }

    [Fact]
    public async Task A_team_lead_cannot_comment_another_teams_indicator_through_a_submit()
    {
        using var other = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("HIL-LG"));
        var before = await app.CountsAsync();

        await (await Submit(other, "RAT-MI", Comments(["K2", "K3"]))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await other.GetAsync("/api/v1/deviations/uncommented?year=2015&month=6", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await app.CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_comment_written_before_counts_and_is_never_overwritten_by_a_submit()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("HIL-MI"));
        using var bl = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        var codes = (await (await Submit(tl, "HIL-MI")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))
            .GetProperty("deviations").EnumerateArray().Select(d => d.GetProperty("indicator").GetString()!).ToList();
        (await bl.PutAsJsonAsync($"/api/v1/comments/{codes[0]}/HIL-MI/2015-06", new { text = "Kommentar der Bereichsleitung" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        // Given again with the submit: a conflict, nothing changes.
        (await (await Submit(tl, "HIL-MI", Comments(codes))).ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!
            .ShouldContain("bereits kommentiert");
        // The others suffice; an unknown indicator is refused first.
        (await (await Submit(tl, "HIL-MI", Comments([.. codes.Skip(1), "XX"]))).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail").ShouldBe("Die Kennzahl 'XX' gibt es nicht.");
        (await Submit(tl, "HIL-MI", Comments(codes.Skip(1)))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bl.GetFromJsonAsync<JsonElement>($"/api/v1/comments/{codes[0]}/HIL-MI/2015-06", Ct)).Text("text")
            .ShouldBe("Kommentar der Bereichsleitung");
    }

    [Fact]
    public async Task The_uncommented_list_of_the_Monatsabschluss_page_is_the_APIs_within_the_callers_units()
    {
        // May 2015: every unit has submitted, nobody has commented.
        using var gfApi = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var blApi = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        var gf = await Rows(gfApi);
        var bl = await Rows(blApi);

        gf.Count.ShouldBeGreaterThan(10);
        gf.ShouldContain(r => r.StartsWith("JC/", StringComparison.Ordinal));
        bl.ShouldNotBeEmpty();
        bl.ShouldNotContain(r => r.StartsWith("JC/", StringComparison.Ordinal), "the Jobcenter is the Geschäftsführung's");
        bl.ShouldBeSubsetOf(gf);

        (await PageRows(DemoAccounts.Geschaeftsfuehrung)).ShouldBe(gf);
        (await PageRows(DemoAccounts.Bereichsleitung)).ShouldBe(bl);
        await (await blApi.GetAsync("/api/v1/deviations/uncommented?year=2015", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<List<string>> Rows(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/deviations/uncommented?year=2015&month=5", Ct)).EnumerateArray()
            .Select(d => $"{d.GetProperty("unitCode").GetString()}/{d.GetProperty("indicator").GetString()}")];

    private async Task<List<string>> PageRows(string email)
    {
        using var browser = await app.CreateSignedInBrowserClientAsync(email);
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync("/monatsabschluss?monat=2015-05", Ct));
        return [.. UncommentedRow().Matches(html).Select(m => $"{m.Groups[1].Value}/{m.Groups[2].Value}")];
    }

    [GeneratedRegex("data-unit=\"([^\"]+)\" data-indicator=\"([^\"]+)\" data-testid=\"uncommented-row\"")]
    private static partial Regex UncommentedRow();
}
