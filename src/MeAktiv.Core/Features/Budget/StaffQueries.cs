using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Budget;

/// <summary>One unit's staff in a month with its Betreuungsschlüssel (customers per actual FTE, 1:n) and, for a unit held
/// to the U25 target, that target (BSU25, read through the target rule) with the indicator's own value and light for the
/// month (U25 customers per U25 Integrationsfachkraft, as on every other page: the all-staff ratio is not that figure).</summary>
public sealed record StaffRow(string Unit, string Name, OrgUnitKind Kind, decimal PlannedFte, decimal ActualFte, decimal? Customers,
    decimal? Ratio, decimal? U25Target, bool IsDemo, Guid Version, decimal? U25Actual = null, TrafficLight U25Light = TrafficLight.None);

public sealed record StaffReport(int Year, int? Month, IReadOnlyList<StaffRow> Rows, decimal PlannedFte, decimal ActualFte);

/// <summary>
/// Staff (Vollzeitäquivalente, aggregated per unit, never persons) at the month of Finanzen's Datenstand, with the
/// Betreuungsschlüssel = eLb stock of the unit's subtree (K2 denominator, submitted figures only) ÷ actual FTE.
/// The Bereichsleitung sees its Bereich's units only (<see cref="BudgetRights.CanReadStaffOf"/>).
/// </summary>
public sealed class StaffQueries(IDbContextFactory<AppDbContext> factory, AttainmentQueries attainment, FigureQueries figures)
{
    public async Task<StaffReport?> LoadAsync(UserScope scope, int year, int? month = null, CancellationToken ct = default)
    {
        if (!BudgetRights.CanReadStaff(scope))
        {
            return null;
        }

        List<StaffMonth> staff;
        List<FinanceMonth> months;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            staff = await db.StaffMonths.AsNoTracking().Where(s => s.Year == year).ToListAsync(ct);
            months = await db.FinanceMonths.AsNoTracking().Where(m => m.Year == year).ToListAsync(ct);
        }

        var drafts = BudgetRights.SeesDrafts(scope);
        var counted = staff.Where(s => BudgetData.Counts(months.FirstOrDefault(m => m.Month == s.Month), drafts)
            && (month is null || s.Month <= month)).ToList();
        if (counted.Count == 0)
        {
            return new StaffReport(year, null, [], 0m, 0m);
        }

        var used = counted.Max(s => s.Month);
        var org = await attainment.LoadOrganisationAsync(year, year, ct);
        var stock = (await figures.LoadAsync(year, year, ct)).Where(r => r.Indicator == "K2" && r.Component == "ELB" && r.Month == used)
            .GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
        var bsu25 = org.Indicators.FirstOrDefault(i => i.Code == "BSU25");
        var rows = new List<StaffRow>();
        foreach (var s in counted.Where(s => s.Month == used && BudgetRights.CanReadStaffOf(scope, s.OrgUnitId)))
        {
            if (org.Unit(s.OrgUnitId) is not { } unit)
            {
                continue;
            }

            var units = org.Tree.SubtreeOf(unit.Id).ToList();
            decimal? customers = units.Any(stock.ContainsKey) ? units.Sum(u => stock.GetValueOrDefault(u)) : null;
            var held = bsu25 is not null && unit.IsU25() ? org.TargetOf(bsu25, unit.Id, year, used) : null;
            var u25 = held is null ? null : AttainmentQueries.Counted(org, unit).Calculate(bsu25!, year, used, held);
            rows.Add(new StaffRow(unit.Code, unit.Name, unit.Kind, s.PlannedFte, s.ActualFte, customers, StaffRatio.Of(customers, s.ActualFte),
                held?.Annual, s.IsDemo, s.Version, u25?.Actual, u25?.Light ?? TrafficLight.None));
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.Unit, b.Unit));
        return new StaffReport(year, used, rows, rows.Sum(r => r.PlannedFte), rows.Sum(r => r.ActualFte));
    }
}

/// <summary>THE Betreuungsschlüssel: customers per actual full-time equivalent (1:n); null without staff or customers.</summary>
public static class StaffRatio
{
    public static decimal? Of(decimal? customers, decimal actualFte) => customers is { } c && actualFte > 0m ? c / actualFte : null;

    /// <summary>A U25 team (team kind <c>U25</c>): the U25 target 1:75 of the Planungsdokument applies to it.</summary>
    public static bool IsU25(this OrgUnit unit) => string.Equals(unit.TeamKind, "U25", StringComparison.OrdinalIgnoreCase);
}
