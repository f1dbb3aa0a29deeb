using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Audit;

/// <summary>
/// The filter of <see cref="AuditFilter"/> as one query over <c>AuditEntries</c>. Unit: the entry's unit. Indicator
/// (component, month): the entries of the matching figures and target versions, found by their keys in a sub-query,
/// so the database uses the index on (EntityType, EntityKey).
/// </summary>
internal static class AuditQuery
{
    public static IQueryable<AuditEntry> Apply(AppDbContext db, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Who))
        {
            var who = filter.Who.Trim().ToLower();
            query = query.Where(a => a.User.ToLower().Contains(who));
        }

        if (!string.IsNullOrWhiteSpace(filter.What))
        {
            var types = AuditTexts.TypesNamed(filter.What.Trim()).ToList();
            query = query.Where(a => types.Contains(a.EntityType));
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.At < end);
        }

        var unit = string.IsNullOrWhiteSpace(filter.Unit) ? null : filter.Unit.Trim().ToUpperInvariant();
        if (!string.IsNullOrWhiteSpace(filter.Indicator))
        {
            return OfIndicator(db, query, filter, unit);
        }

        if (unit is not null)
        {
            var ids = db.OrgUnits.Where(u => u.Code == unit).Select(u => (int?)u.Id);
            query = query.Where(a => ids.Contains(a.OrgUnitId));
        }

        return query;
    }

    /// <summary>The entries of the indicator's figures and target versions (of the unit, if given).</summary>
    private static IQueryable<AuditEntry> OfIndicator(AppDbContext db, IQueryable<AuditEntry> query, AuditFilter filter, string? unit)
    {
        var indicator = filter.Indicator!.Trim().ToUpperInvariant();
        var component = filter.Component?.Trim().ToUpperInvariant();
        var figures = db.MonthlyValues.Where(v => v.Component!.Indicator!.Code == indicator);
        if (unit is not null)
        {
            figures = figures.Where(v => v.OrgUnit!.Code == unit);
        }

        if (!string.IsNullOrEmpty(component))
        {
            figures = figures.Where(v => v.Component!.Code == component);
        }

        if (filter.Year is { } year)
        {
            figures = figures.Where(v => v.Year == year && (filter.Month == null || v.Month == filter.Month));
        }

        var figureKeys = figures.Select(v => v.Id.ToString().ToLower());
        if (!string.IsNullOrEmpty(component) || filter.Month is not null)
        {
            return query.Where(a => a.EntityType == nameof(MonthlyValue) && figureKeys.Contains(a.EntityKey));
        }

        var targetKeys = db.Targets.Where(t => t.Indicator!.Code == indicator && (unit == null || t.OrgUnit!.Code == unit)
            && (filter.Year == null || t.Year == filter.Year)).SelectMany(t => t.Versions).Select(v => v.Id.ToString().ToLower());
        return query.Where(a => (a.EntityType == nameof(MonthlyValue) && figureKeys.Contains(a.EntityKey))
            || (a.EntityType == nameof(TargetVersion) && targetKeys.Contains(a.EntityKey)));
    }
}
