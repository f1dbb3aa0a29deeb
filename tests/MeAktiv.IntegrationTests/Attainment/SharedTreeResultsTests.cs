using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Attainment;

/// <summary>
/// The dashboards share grouped figures and summed series between users (FigureWindow, UnitFigures.SeriesOf). Their
/// results must equal the plain engine fed with each unit's subtree rows: for every unit, indicator and month, on the
/// demo figures, the first (cold) and the second (shared) load alike, and a single unit's load too.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class SharedTreeResultsTests(MeAktivAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Shared_and_cached_results_equal_the_plain_engine_on_each_units_subtree_rows()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var queries = services.GetRequiredService<AttainmentQueries>();
        var cold = await queries.LoadTreeAsync(gf, 2015, Ct);
        var warm = await queries.LoadTreeAsync(gf, 2015, Ct);
        var rows = await services.GetRequiredService<FigureQueries>().LoadAsync(2014, 2015, Ct);
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(Ct);
        var tree = new UnitTree(units.Select(u => new UnitNode(u.Id, u.ParentId, u.Kind)));

        var compared = 0;
        foreach (var unit in units)
        {
            var subtree = tree.SubtreeOf(unit.Id).ToHashSet();
            var single = await queries.LoadAsync(gf, unit.Code, 2015, 2015, Ct);
            var fromCold = cold.Single(d => d.UnitCode == unit.Code);
            var fromWarm = warm.Single(d => d.UnitCode == unit.Code);
            foreach (var indicator in fromCold.Indicators)
            {
                var definition = IndicatorDefinition.FromEntity(indicator);
                var raw = rows.Where(r => subtree.Contains(r.UnitId) && r.Indicator == indicator.Code)
                    .Select(r => new RawFigure(r.UnitId, r.Component, r.Year, r.Month, r.Value));
                var series = ComponentAggregator.Aggregate(definition, raw);
                for (var month = 1; month <= 12; month++)
                {
                    var expected = Json(AttainmentCalculator.Calculate(definition, series, 2015, month,
                        fromCold.TargetOf(indicator, 2015)?.Value));
                    Json(fromCold.Calculate(indicator, 2015, month)).ShouldBe(expected, $"{unit.Code} {indicator.Code} {month}");
                    Json(fromWarm.Calculate(indicator, 2015, month)).ShouldBe(expected, $"{unit.Code} {indicator.Code} {month}");
                    Json(single.Calculate(indicator, 2015, month)).ShouldBe(expected, $"{unit.Code} {indicator.Code} {month}");
                    compared++;
                }
            }
        }

        compared.ShouldBe(units.Count * cold[0].Indicators.Count * 12);
    }

    private static string Json(AttainmentResult result) => JsonSerializer.Serialize(result);
}
