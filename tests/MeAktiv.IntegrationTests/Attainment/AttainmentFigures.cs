using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Attainment;

/// <summary>
/// The demo app with its figures replaced by a small hand-computable set (December 2014 to June 2015):
/// <list type="bullet">
/// <item>VEL-MI (in GS-VEL): eLb 1.000 every month, 20 integrations a month; exits (AUS) 10 a month, of which 5 svB.</item>
/// <item>HIL-MI (in GS-HIL): eLb 500 every month, 5 integrations a month; exits 2 a month, of which 0 svB.</item>
/// </list>
/// Only submitted or closed months count (docs/kennzahlen.md, "Datenstand"): the demo states submit both teams' months up
/// to May and keep June in Entwurf, so both teams submit June here too — the numbers below are those of complete figures.
/// </summary>
public sealed class AttainmentFigures : MeAktivAppFactory, IAsyncLifetime
{
    public new async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var factory = Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.MonthlyValues.ExecuteDeleteAsync();
        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code);
        var components = await db.IndicatorComponents.Include(c => c.Indicator)
            .ToDictionaryAsync(c => $"{c.Indicator!.Code}/{c.Code}");
        void Add(string unit, string component, int year, int month, decimal value) => db.MonthlyValues.Add(new MonthlyValue
        {
            OrgUnitId = units[unit].Id, ComponentId = components[component].Id, Year = year, Month = month, Value = value,
            UpdatedBy = "test",
        });

        Add("VEL-MI", "K2/ELB", 2014, 12, 1000);
        Add("HIL-MI", "K2/ELB", 2014, 12, 500);
        for (var m = 1; m <= 6; m++)
        {
            Add("VEL-MI", "K2/ELB", 2015, m, 1000);
            Add("VEL-MI", "K2/INT", 2015, m, 20);
            Add("HIL-MI", "K2/ELB", 2015, m, 500);
            Add("HIL-MI", "K2/INT", 2015, m, 5);
            Add("VEL-MI", "EQ/AUS", 2015, m, 10);
            Add("VEL-MI", "EQ/SVB", 2015, m, 5);
            Add("HIL-MI", "EQ/AUS", 2015, m, 2);
            Add("HIL-MI", "EQ/SVB", 2015, m, 0);
        }

        foreach (var team in new[] { "VEL-MI", "HIL-MI" })
        {
            db.MonthStatuses.Add(new MonthStatus
            {
                OrgUnitId = units[team].Id, Year = 2015, Month = 6, State = MonthState.Eingereicht, SubmittedBy = "test",
                SubmittedAt = new DateTime(2015, 7, 8, 8, 0, 0, DateTimeKind.Utc),
            });
        }

        await db.SaveChangesAsync();
        // Written past the save service: raise the figures' stamp as it does, or cached years would stay in use.
        await FigureCache.RaiseAsync(db, CancellationToken.None);
    }
}
