using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Steuerung;

/// <summary>
/// Issue 16: a measure's curve reads across the turn of the year like the sparklines (TurnOfYearSeries): K3's running
/// average restarts in January, so January starts a new line and carries last January beside it; K2 stays its rolling
/// 12 months. Demo data, a measure of VEL-MI started in March 2015 (curve March 2014 .. September 2015).
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class MeasureCurveTurnOfYearTests(MeAktivAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MeasureRow Measure(string indicator) => new(Guid.NewGuid(), "Test", "VEL-MI", "Markt & Integration Velbert",
        [indicator], "gf", "gf", new DateOnly(2015, 3, 1), new DateOnly(2015, 6, 30), MeasureStatus.InUmsetzung, false, null);

    [Fact]
    public async Task A_year_to_date_kind_starts_a_new_line_in_january_with_last_januarys_value_beside_it()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        await using var scope = app.Services.CreateAsyncScope();
        var curve = (await scope.ServiceProvider.GetRequiredService<MeasureCurveQueries>().GetAsync(gf, Measure("K3"), "K3", Ct))!;
        var data = await scope.ServiceProvider.GetRequiredService<AttainmentQueries>().LoadAsync(gf, "VEL-MI", 2014, 2015, Ct);
        var k3 = data.Indicators.Single(i => i.Code == "K3");

        var january = curve.Points.Single(p => p.Month == new YearMonth(2015, 1));
        january.StartsLine.ShouldBeTrue();
        january.Value.ShouldBe(data.Calculate(k3, 2015, 1).Actual);
        january.LastYear.ShouldBe(data.Calculate(k3, 2014, 1).Actual);
        curve.Points.Where(p => p.Month != new YearMonth(2015, 1)).ShouldAllBe(p => !p.StartsLine);
        curve.Points.First().Month.ShouldBe(new YearMonth(2014, 3));
    }

    [Fact]
    public async Task The_integration_rate_stays_its_rolling_twelve_months_in_one_line()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        await using var scope = app.Services.CreateAsyncScope();
        var curve = (await scope.ServiceProvider.GetRequiredService<MeasureCurveQueries>().GetAsync(gf, Measure("K2"), "K2", Ct))!;

        curve.Points.ShouldAllBe(p => !p.StartsLine && p.LastYear == null);
        curve.Label.ShouldContain("gleitend über 12 Monate");
    }
}
