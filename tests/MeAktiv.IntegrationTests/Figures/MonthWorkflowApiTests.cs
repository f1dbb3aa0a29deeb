using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>Entwurf → Eingereicht → Abgeschlossen → (reopened with a reason), and who may do what.</summary>
public sealed class MonthWorkflowApiTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static Task<HttpResponseMessage> Step(HttpClient client, string unit, string month, string step, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/months/{unit}/{month}/{step}", body ?? new { }, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Submit_close_reopen_with_reason_and_the_closed_month_is_read_only()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        using var bl = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        const string month = "2015-06";

        (await tl.SubmitCommentingAsync("VEL-MI", month, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await Step(tl, "VEL-MI", month, "close")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await Step(bl, "VEL-MI", month, "close")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var seen = (await tl.ActualAsync("VEL-MI", month, "K2", "INT")).GetProperty("version").GetString();
        var before = await app.CountsAsync();
        var closed = await tl.PutAsync($"VEL-MI/K2/INT/{month}", new { value = 80, version = seen });
        (await closed.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("abgeschlossen");
        (await app.CountsAsync()).ShouldBe(before);
        (await tl.ActualAsync("VEL-MI", month, "K2", "INT")).GetProperty("status").GetString().ShouldBe("Abgeschlossen");

        await (await Step(tl, "VEL-MI", month, "reopen", new { reason = "Korrektur der BA-Zahlen" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await Step(bl, "VEL-MI", month, "reopen", new { reason = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("Grund");
        (await Step(bl, "VEL-MI", month, "reopen", new { reason = "Korrektur der BA-Zahlen" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await tl.PutAsync($"VEL-MI/K2/INT/{month}", new { value = 80, version = seen })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        var reopened = await db.AuditEntries.Where(a => a.EntityType == "MonthStatus" && a.Reason != null)
            .ToListAsync(TestContext.Current.CancellationToken);
        reopened.ShouldHaveSingleItem().Reason.ShouldBe("Korrektur der BA-Zahlen");
        reopened[0].User.ShouldBe(DemoAccounts.Bereichsleitung);
    }

    [Fact]
    public async Task A_team_lead_cannot_submit_another_teams_month_and_the_overview_shows_the_states()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("HIL-MI"));
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);

        await (await Step(tl, "RAT-MI", "2015-06", "submit")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await tl.SubmitCommentingAsync("HIL-MI", "2015-06", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await Step(tl, "HIL-MI", "2015-06", "submit")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var rows = await gf.GetFromJsonAsync<JsonElement>("/api/v1/months?year=2015&month=6", TestContext.Current.CancellationToken);
        var hil = rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "HIL-MI");
        hil.GetProperty("state").GetString().ShouldBe("Eingereicht");
        hil.GetProperty("submittedBy").GetString().ShouldBe(DemoAccounts.Teamleitung("HIL-MI"));
        hil.GetProperty("canClose").GetBoolean().ShouldBeTrue();
        // The month is long past its deadline: a team that never submitted is late.
        rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "RAT-MI").GetProperty("isLate").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_overview_lists_only_the_units_that_owe_figures_for_the_month()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        async Task<List<string>> Codes(int month) =>
            (await gf.GetFromJsonAsync<JsonElement>($"/api/v1/months?year=2015&month={month}", TestContext.Current.CancellationToken))
            .EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToList();

        var june = await Codes(6);
        var march = await Codes(3);

        // JC, five Geschäftsstellen, 15 teams; not the Arbeitgeberservice (owes nothing), not Erkrath (closed 31.03.).
        june.Count.ShouldBe(21);
        june.ShouldNotContain("MET-AGS");
        june.ShouldNotContain("ERK-MI");
        june.ShouldNotContain("BER-NORD");
        june.Take(2).ShouldBe(["JC", "GS-HIL"]);
        march.Count.ShouldBe(24);
        march.ShouldContain("ERK-MI");
        march.ShouldContain("GS-ERK");
    }
}
