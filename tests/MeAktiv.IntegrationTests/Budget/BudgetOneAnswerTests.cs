using System.Net;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using MeAktiv.Core.Common;
using MeAktiv.Core.Features.Budget;
using MeAktiv.Core.Features.Review;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Reports;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Budget;

/// <summary>
/// One answer for March 2015 (issue 21): <c>GET /api/v1/budgets</c> (JSON), its XLSX export, the review's budget slide
/// (quarter 1) and the budget cards of the Gesamtübersicht (server-rendered page) give the same plan, paid, committed,
/// projection and light for each budget sum; JSON and XLSX also for one line (the slide and the cards show no lines).
/// </summary>
public sealed partial class BudgetOneAnswerTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private const string Line = "EGL-FBW";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Json_xlsx_review_slide_and_dashboard_cards_agree_for_the_budgets_and_one_line()
    {
        using var api = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var json = await api.GetJsonAsync("/api/v1/budgets?year=2015&month=3");
        json.GetProperty("month").GetInt32().ShouldBe(3);
        var budgets = json.GetProperty("budgets").EnumerateArray().ToList();
        budgets.Count.ShouldBe(3);
        using var book = await ReportScreen.WorkbookAsync(api, "/api/v1/budgets?year=2015&month=3&format=xlsx");
        var review = await ReviewAsync();
        review.Month.ShouldBe(3);
        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/uebersicht?jahr=2015&monat=3", Ct));
        page.ShouldContain("Haushalt 2015 (Stand März 2015)");

        foreach (var b in budgets)
        {
            var (name, f) = (b.GetProperty("name").GetString()!, b.GetProperty("figures"));
            var (plan, paid, committed, projection) = (f.D("plan"), f.D("paid"), f.D("committed"), f.D("projection"));
            var light = Enum.Parse<BudgetLight>(f.GetProperty("light").GetString()!);
            plan.ShouldBeGreaterThan(0m, name);

            var row = Row(book.Worksheet("Budgets"), name);
            (row.Cell(2).GetValue<decimal>(), row.Cell(3).GetValue<decimal>(), row.Cell(4).GetValue<decimal>()).ShouldBe((plan, committed, paid), name);
            row.Cell(6).GetValue<decimal>().ShouldBe(decimal.Round(projection, 0), name);
            row.Cell(8).GetString().ShouldBe(BudgetNames.Light(light), name);

            var slide = review.Budgets.Single(r => r.Name == name);
            (slide.Plan, slide.PaidYtd, slide.Committed, slide.Projection, slide.Light).ShouldBe((plan, paid, committed, projection, light), name);

            var card = Card(page, b.GetProperty("budget").GetString()!);
            card.ShouldContain($"Plan {German.Euro(plan)}", Case.Sensitive, name);
            card.ShouldContain($"Auslastung {German.Share((paid + committed) / plan)}", Case.Sensitive, name);
            card.ShouldContain($"Hochrechnung {German.Euro(decimal.Round(projection, 0))} – {BudgetNames.Light(light)}", Case.Sensitive, name);
        }

        var line = json.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == Line);
        var lineRow = Row(book.Worksheet("Positionen"), line.GetProperty("name").GetString()!);
        (lineRow.Cell(3).GetValue<decimal>(), lineRow.Cell(4).GetValue<decimal>(), lineRow.Cell(5).GetValue<decimal>())
            .ShouldBe((line.D("plan"), line.D("committed"), line.D("paid")));
        line.D("paid").ShouldBeGreaterThan(0m); // March has demo payments: the comparison is not of zeros
        lineRow.Cell(7).GetValue<decimal>().ShouldBe(decimal.Round(line.D("projection"), 0));
        lineRow.Cell(9).GetString().ShouldBe(BudgetNames.Light(Enum.Parse<BudgetLight>(line.GetProperty("light").GetString()!)));
    }

    private async Task<ReviewBudget> ReviewAsync()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, DemoAccounts.Geschaeftsfuehrung), new Claim(ClaimTypes.Role, Roles.Geschaeftsfuehrung)], "test"));
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserScopeService>().GetAsync(principal, Ct);
        var model = await scope.ServiceProvider.GetRequiredService<ReviewService>().BuildAsync(user, 2015, 1, Ct);
        return model.Budget.ShouldNotBeNull();
    }

    private static IXLRow Row(IXLWorksheet sheet, string first) => sheet.RowsUsed().Single(r => r.Cell(1).GetString() == first);

    private static string Card(string page, string budget)
    {
        var match = Regex.Match(page, $"data-budget=\"{budget}\"[^>]*>(.*?)</a>", RegexOptions.Singleline);
        match.Success.ShouldBeTrue(budget);
        return Regex.Replace(TagPattern().Replace(match.Groups[1].Value, " "), @"\s+", " ");
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}

internal static class JsonDecimal
{
    public static decimal D(this JsonElement e, string name) => e.GetProperty(name).GetDecimal();
}
