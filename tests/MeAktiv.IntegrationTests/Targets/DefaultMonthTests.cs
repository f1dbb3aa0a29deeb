using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Reports;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Targets;

/// <summary>
/// THE default month (the Jobcenter's latest complete month, docs/kennzahlen.md "Datenstand") on the Zielübersicht and
/// the report/review period. Demo: up to 2015-04 closed, 2015-05 submitted by all 21 units that owe figures, 2015-06
/// in Entwurf.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class DefaultMonthTests(MeAktivAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    [Fact]
    public async Task The_zieluebersicht_shows_every_row_as_of_the_latest_complete_month_by_default()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var overview = await WithAsync(s => s.GetRequiredService<TargetOverviewService>().GetAsync(gf, 2015, ct: Ct));
        var engine = await WithAsync(s => s.GetRequiredService<AttainmentQueries>().LoadAsync(gf, "JC", 2015, 2015, Ct));

        overview.Month.ShouldBe(5);
        overview.LatestCompleteMonth.ShouldBe(5);
        overview.Months.ShouldBe([1, 2, 3, 4, 5, 6]);
        overview.Coverage.ShouldBe(new Coverage(21, 21, 0));
        overview.Rows.ShouldAllBe(r => r.Month == new YearMonth(2015, 5));
        foreach (var row in overview.Rows)
        {
            row.Actual.ShouldBe(engine.Calculate(engine.Indicators.Single(i => i.Code == row.IndicatorCode), 2015, 5).Actual, row.IndicatorCode);
        }
    }

    [Fact]
    public async Task A_month_that_is_not_complete_can_be_chosen_and_says_so()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var june = await WithAsync(s => s.GetRequiredService<TargetOverviewService>().GetAsync(gf, 2015, "JC", 6, Ct));

        june.Month.ShouldBe(6);
        june.Coverage.ShouldBe(new Coverage(21, 0, 0));
        june.Missing.Count.ShouldBe(21);
        june.Rows.Single(r => r.IndicatorCode == "K2").Actual.ShouldBeNull("June's figures are drafts");
    }

    [Fact]
    public async Task The_report_and_review_period_is_the_latest_quarter_whose_months_are_complete()
    {
        // Q2 2015 is not complete (June in Entwurf); it was Q2, the quarter of the latest figures, before.
        (await WithAsync(s => s.GetRequiredService<AttainmentReportService>().DefaultPeriodAsync(Ct))).ShouldBe((2015, 1));
    }

    [Fact]
    public async Task A_month_in_the_address_the_zieluebersicht_cannot_show_is_named_with_the_month_shown_instead()
    {
        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);

        var wrong = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync("/ziele?monat=13", Ct));
        var right = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync("/ziele?monat=3", Ct));

        wrong.ShouldContain("Den Monat „13“ aus der Adresse gibt es nicht; gezeigt wird Mai 2015.");
        right.ShouldContain("alle Zahlen zum Monat März 2015");
        right.ShouldNotContain("address-notice");
    }
}
