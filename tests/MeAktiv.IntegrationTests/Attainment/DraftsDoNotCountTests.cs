using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Figures;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Attainment;

/// <summary>
/// Issue 16 (1): a team's saved-but-not-submitted month changes no figure the Geschäftsführung sees in
/// <c>/api/v1/attainment?unit=JC</c> and <c>/api/v1/dashboard</c>; once the team submits it, it counts (and the
/// month says it is provisional: 1 of 21 units). First the Geschäftsführung submits June 2015 for all 21 units that
/// owe figures (the demo keeps June in Entwurf), so that June is complete and July is the month being entered.
/// Own app: it changes figures and month states.
/// </summary>
public sealed class DraftsDoNotCountTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private const string July = "/api/v1/attainment?unit=JC&year=2015&month=7";
    private const string Default = "/api/v1/attainment?unit=JC&year=2015";
    private const string Dashboard = "/api/v1/dashboard?unit=JC&year=2015";
    private const string DashboardJuly = "/api/v1/dashboard?unit=JC&year=2015&month=7";

    /// <summary>Between the parts of <see cref="Figures"/> (a character no JSON text here contains).</summary>
    private const char Separator = '\u0001';

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_saved_but_not_submitted_month_changes_nothing_gf_sees_until_it_is_submitted()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        await SubmitJuneForEveryUnitThatOwesFiguresAsync(gf);
        var before = await SeenAsync(gf);

        (await Json(gf, Default)).GetProperty("month").GetInt32().ShouldBe(6, "June is now the latest complete month");
        var julyBefore = await Json(gf, July);
        Coverage(julyBefore).ShouldBe((21, 0, 0));
        julyBefore.GetProperty("missing").GetArrayLength().ShouldBe(21);
        var k3Before = Row(julyBefore, "K3");
        k3Before.GetProperty("actual").ValueKind.ShouldBe(JsonValueKind.Null);
        k3Before.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ShouldContain("LZB 2015-07");

        // tl-vel-mi SAVES July (June's stocks again, June's flows) and does not submit.
        var lzbJuly = 0m;
        foreach (var (indicator, component) in new[] { ("K3", "LZB"), ("K2", "ELB"), ("K2", "INT"), ("EQ", "AUS"), ("EQ", "SVB") })
        {
            var june = (await tl.ActualAsync("VEL-MI", "2015-06", indicator, component)).GetProperty("value").GetDecimal();
            lzbJuly = indicator == "K3" ? june : lzbJuly;
            var saved = await tl.PutAsync($"VEL-MI/{indicator}/{component}/2015-07", new { value = june });
            saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Ct));
        }

        (await SeenAsync(gf)).ShouldBe(before, "a draft changes no figure, light, coverage or default month");

        (await tl.SubmitCommentingAsync("VEL-MI", "2015-07", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await SeenAsync(gf);

        after.Default.ShouldBe(before.Default, "July is not complete: the default month stays June");
        // June's numbers stay (the cards now name July as their latest month with figures: July counts for VEL-MI).
        Results(after.Dashboard).ShouldBe(Results(before.Dashboard));
        after.July.ShouldNotBe(before.July);
        after.DashboardJuly.ShouldNotBe(before.DashboardJuly);
        var july = await Json(gf, July);
        Coverage(july).ShouldBe((21, 1, 0));                                   // vorläufig: 1 von 21 Einheiten
        july.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("code").GetString()).ShouldNotContain("VEL-MI");
        // Now VEL-MI's July counts: the running average of seven months = (6 · June's running average + July) / 7,
        // July being VEL-MI's stock alone — provisional, as the coverage says.
        var june6 = Row(await Json(gf, "/api/v1/attainment?unit=JC&year=2015&month=6"), "K3").GetProperty("actual").GetDecimal();
        Row(july, "K3").GetProperty("actual").GetDecimal().ShouldBe((6m * june6 + lzbJuly) / 7m, 0.000001m);
        var dashboardJuly = await Json(gf, DashboardJuly);
        dashboardJuly.GetProperty("coverage").GetProperty("submitted").GetInt32().ShouldBe(1);
        dashboardJuly.GetProperty("month").GetInt32().ShouldBe(7);
    }

    /// <summary>What gf sees: the attainment of July and of the default month, the dashboard's cards and coverage.</summary>
    private static async Task<(string July, string Default, string Dashboard, string DashboardJuly)> SeenAsync(HttpClient gf) =>
        (await gf.GetStringAsync(July, Ct), await gf.GetStringAsync(Default, Ct),
            Figures(await Json(gf, Dashboard)), Figures(await Json(gf, DashboardJuly)));

    /// <summary>The dashboard's month, cards, coverage and missing units (not the list of months one can choose).</summary>
    private static string Figures(JsonElement dashboard) => string.Join(Separator,
        dashboard.GetProperty("month").GetRawText(), dashboard.GetProperty("cards").GetRawText(),
        dashboard.GetProperty("coverage").GetRawText(), dashboard.GetProperty("missing").GetRawText());

    /// <summary>Each card's code and engine result, the month's coverage and missing units (no card metadata).</summary>
    private static string Results(string figures)
    {
        var parts = figures.Split(Separator);
        var cards = JsonDocument.Parse(parts[1]).RootElement.EnumerateArray()
            .Select(c => c.GetProperty("code").GetString() + "=" + c.GetProperty("result").GetRawText());
        return string.Join(Separator, [parts[0], .. cards, parts[2], parts[3]]);
    }

    private static async Task SubmitJuneForEveryUnitThatOwesFiguresAsync(HttpClient gf)
    {
        var rows = await gf.GetFromJsonAsync<JsonElement>("/api/v1/months?year=2015&month=6", Ct);
        rows.GetArrayLength().ShouldBe(21);
        foreach (var code in rows.EnumerateArray().Select(r => r.GetProperty("code").GetString()))
        {
            (await gf.SubmitCommentingAsync(code!, "2015-06", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, code);
        }
    }

    private static Task<JsonElement> Json(HttpClient client, string url) => client.GetFromJsonAsync<JsonElement>(url, Ct);

    private static JsonElement Row(JsonElement answer, string indicator) =>
        answer.GetProperty("indicators").EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == indicator);

    private static (int, int, int) Coverage(JsonElement answer)
    {
        var c = answer.GetProperty("coverage");
        return (c.GetProperty("expected").GetInt32(), c.GetProperty("submitted").GetInt32(), c.GetProperty("closed").GetInt32());
    }
}
