using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Dashboard;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>
/// The Erfassung grid: each column's derived value (the indicator's result shown beside the figures) equals the engine's
/// result for that unit alone, and the grid's database commands do not grow with the number of columns.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class FigureGridQueriesTests(MeAktivAppFactory app)
{
    private static readonly string[] Teams = ["VEL-MI", "VEL-U25-1", "HIL-LG", "HIL-MI", "LAN-LG", "MET-MI"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_columns_derived_value_is_the_engines_result_for_that_unit()
    {
        var bl = await app.ScopeAsync(DemoAccounts.Bereichsleitung, Roles.Bereichsleitung);
        await using var scope = app.Services.CreateAsyncScope();
        var grids = scope.ServiceProvider.GetRequiredService<FigureGridQueries>();
        var attainment = scope.ServiceProvider.GetRequiredService<AttainmentQueries>();

        var grid = await grids.LoadAsync(bl, Teams, 2015, 5, Ct);

        grid.Units.Count.ShouldBe(6);
        var compared = 0;
        foreach (var unit in grid.Units)
        {
            var alone = await attainment.LoadAsync(bl, unit.Code, 2015, 2015, Ct);
            foreach (var row in grid.Rows.Where(r => r.Cells.ContainsKey(unit.Code)))
            {
                var expected = alone.Calculate(alone.Indicators.Single(i => i.Code == row.Indicator), 2015, 5).Actual;
                row.Cells[unit.Code].Derived.ShouldBe(expected, $"{unit.Code} {row.Indicator}");
                compared++;
            }
        }

        compared.ShouldBeGreaterThan(40);
        grid.Rows.SelectMany(r => r.Cells.Values).ShouldContain(c => c.Derived != null);
    }

    [Fact]
    public async Task The_grid_runs_the_same_number_of_commands_for_one_column_or_six()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        await using var scope = app.Services.CreateAsyncScope();
        var grids = scope.ServiceProvider.GetRequiredService<FigureGridQueries>();
        using var counter = new CommandCounter();
        await grids.LoadAsync(gf, Teams, 2015, 5, Ct); // warm the figure cache

        var one = await counter.CountAsync(() => grids.LoadAsync(gf, Teams.Take(1).ToList(), 2015, 5, Ct));
        var six = await counter.CountAsync(() => grids.LoadAsync(gf, Teams, 2015, 5, Ct));

        six.ShouldBe(one);
    }
}
