using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Dashboard;

/// <summary>
/// One dashboard load executes a fixed, small number of database commands, whatever the unit, the month or the
/// number of units and months in the database (no query per unit, indicator or month). Own app: it adds units.
/// </summary>
public sealed class DashboardQueryBudgetTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    /// <summary>
    /// A cold load: both stamps (one command), units, indicators, targets, reporting duties, indicator years and successor
    /// links (the reference data, kept in memory behind the reference stamp, ReferenceCache), then the figures, the
    /// component codes and the month states, which decide which figures count (kept in memory behind the figures'
    /// stamp, FigureCache). Was 10 before the reference data was kept (the same commands, the figures' stamp alone).
    /// </summary>
    private const int Budget = 10;

    /// <summary>A warm load, nothing changed since the last: both stamps in one command, nothing else.</summary>
    private const int WarmCommands = 1;

    /// <summary>The Gesamtübersicht's morning summary reads the latest comments and the measures of the targets it
    /// names (IndicatorFollowUpQueries; one more for the authors' names when there is a comment): two commands.</summary>
    private const int SummaryCommands = 2;

    /// <summary>What a load reads past the figures' stamp when the figures are not in memory: figures, component
    /// codes, month states.</summary>
    private const int WindowCommands = 3;

    [Fact]
    public async Task A_dashboard_load_stays_within_a_fixed_budget_of_commands_however_many_units_and_months()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var traeger = await app.ScopeAsync(DemoAccounts.Traeger, Roles.Traeger);
        using var counter = new CommandCounter();
        var before = await CountAllAsync(counter, gf, traeger);

        await AddTeamsWithFiguresAsync(count: 12);
        var after = await CountAllAsync(counter, gf, traeger);

        before[0].ShouldBe(Budget + SummaryCommands, "the first load reads everything");
        before[1].ShouldBeLessThanOrEqualTo(WarmCommands + SummaryCommands, "the second load only reads the stamps");
        before[2..4].ShouldAllBe(c => c == WarmCommands);
        // The Träger asks for 2016, which has no complete month: the view loads 2016 (its first load, figures read)
        // and then the year of the latest complete month, 2015 (figures from memory): two loads, still a fixed number.
        before[4].ShouldBe(WarmCommands + WindowCommands + WarmCommands + SummaryCommands);
        // The new units set the reference stamp and raised the figures' stamp: the first load reads everything again.
        after.ShouldBe(before);
    }

    private async Task<int[]> CountAllAsync(CommandCounter counter, UserScope scope, UserScope traeger)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = app.Services.CreateAsyncScope();
        var dashboards = services.ServiceProvider.GetRequiredService<DashboardService>();
        return
        [
            await counter.CountAsync(() => dashboards.OverviewAsync(scope, "JC", 2015, null, ct)),
            await counter.CountAsync(() => dashboards.OverviewAsync(scope, "VEL-MI", 2015, 2, ct)),
            await counter.CountAsync(() => dashboards.IndicatorAsync(scope, "K2", "JC", 2015, 5, null, ct)),
            await counter.CountAsync(() => dashboards.IndicatorAsync(scope, "K3", "GS-VEL", 2015, 1, OrgUnitKind.Team, ct)),
            await counter.CountAsync(() => dashboards.OverviewAsync(traeger, "JC", 2016, null, ct)),
        ];
    }

    /// <summary>Adds teams below GS-VEL with K2 figures for every month of 2014 and 2015.</summary>
    private async Task AddTeamsWithFiguresAsync(int count)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        var parent = await db.OrgUnits.SingleAsync(u => u.Code == "GS-VEL", ct);
        var components = await db.IndicatorComponents.Where(c => c.Indicator!.Code == "K2").ToListAsync(ct);
        for (var i = 1; i <= count; i++)
        {
            var team = new OrgUnit { Code = $"VEL-X{i}", Name = $"Testteam {i}", Kind = OrgUnitKind.Team, ParentId = parent.Id, ValidFrom = new DateOnly(2005, 1, 1) };
            db.OrgUnits.Add(team);
            await db.SaveChangesAsync(ct);
            foreach (var year in new[] { 2014, 2015 })
            {
                foreach (var month in Enumerable.Range(1, 12))
                {
                    db.MonthlyValues.AddRange(components.Select(c => new MonthlyValue
                    {
                        OrgUnitId = team.Id,
                        ComponentId = c.Id,
                        Year = year,
                        Month = month,
                        Value = c.Code == "INT" ? 20 : 1000,
                        UpdatedBy = "test",
                    }));
                }
            }
        }

        await db.SaveChangesAsync(ct);
        await FigureCache.RaiseAsync(db, ct); // written past the save service (see docs/database.md)
    }
}
