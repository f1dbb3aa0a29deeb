using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// What closing a unit's month checks against its reporting duties (issue 16 (7); docs/kennzahlen.md, "Datenstand"):
/// a unit that owes figures for the month and has entered none cannot be closed, not even with a confirmation; a
/// month that is not submitted is closed only with a confirmation, and the question names the owed indicators (or
/// components) without any figure. A unit that owes nothing in the month may be closed as it is.
/// </summary>
internal static class MonthCloseCheck
{
    public static async Task<Refusal?> CheckAsync(AppDbContext db, OrgUnit unit, MonthState state, YearMonth month, bool confirm,
        CancellationToken ct)
    {
        var duties = ReportingDuty.OwedBy(unit,
            await db.ReportingDuties.AsNoTracking().Where(d => d.OrgUnitId == unit.Id).ToListAsync(ct), month,
            await DatenstandQueries.LoadActivationAsync(db, ct));
        if (duties.Count == 0)
        {
            return null;
        }

        var present = (await db.MonthlyValues.AsNoTracking()
                .Where(v => v.OrgUnitId == unit.Id && v.Year == month.Year && v.Month == month.Month)
                .Select(v => v.ComponentId).ToListAsync(ct))
            .ToHashSet();
        var ids = duties.Select(d => d.IndicatorId).ToHashSet();
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Components)
            .Where(i => ids.Contains(i.Id)).OrderBy(i => i.SortOrder).ToListAsync(ct);
        if (present.Count == 0)
        {
            return new Refusal(WorkflowFailure.Invalid,
                $"Der Monat {month} von {unit.Name} kann nicht abgeschlossen werden: Es sind keine Zahlen erfasst, die Einheit " +
                $"meldet für diesen Monat {string.Join(", ", indicators.Select(i => i.Code))}.");
        }

        if (state != MonthState.Entwurf || confirm)
        {
            return null;
        }

        var cities = await db.OrgUnitCities.AsNoTracking().Include(c => c.City).Where(c => c.OrgUnitId == unit.Id).ToListAsync(ct);
        var missing = indicators.Select(i => Missing(i, duties, present, cities, unit.Id, month)).OfType<string>().ToList();
        return new Refusal(WorkflowFailure.NeedsConfirmation,
            $"Der Monat {month} von {unit.Name} ist nicht eingereicht. " +
            (missing.Count == 0 ? "Zu allen gemeldeten Kennzahlen sind Zahlen erfasst." : $"Es fehlen Zahlen zu: {string.Join(", ", missing)}.") +
            " Trotzdem abschließen?", missing);
    }

    /// <summary>The indicator's code if none of its owed components has a figure, with the codes if some have; else null.</summary>
    private static string? Missing(Indicator indicator, IReadOnlyList<ReportingDuty> duties, HashSet<int> present,
        IReadOnlyList<OrgUnitCity> cities, int unitId, YearMonth month)
    {
        var ofIndicator = duties.Where(d => d.IndicatorId == indicator.Id).ToList();
        var owed = indicator.Components
            .Where(c => ofIndicator.Any(d => d.ComponentId is null || d.ComponentId == c.Id))
            .Where(c => !CityServing.IsCityIndicator(indicator) || CityServing.Serves(cities, unitId, c.Code, month.Year, month.Month))
            .OrderBy(c => c.SortOrder)
            .ToList();
        var lacking = owed.Where(c => !present.Contains(c.Id)).ToList();
        return lacking.Count == 0 ? null
            : lacking.Count == owed.Count ? indicator.Code
            : $"{indicator.Code} ({string.Join(", ", lacking.Select(c => c.Code))})";
    }
}
