using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>The audit history of a unit's figures and month states (who, when, old value, new value, why).</summary>
public sealed class FigureHistoryQueries(IDbContextFactory<AppDbContext> factory)
{
    /// <summary>The newest <paramref name="take"/> changes of the unit, or of one figure when <paramref name="figureId"/> is given.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> ForUnitAsync(UserScope scope, string unitCode, Guid? figureId = null,
        int take = 500, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode.ToUpper(), ct);
        if (unit is null || !scope.CanSee(unit.Id))
        {
            return [];
        }

        var key = figureId?.ToString();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.OrgUnitId == unit.Id && (key == null || a.EntityKey == key))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(take)
            .ToListAsync(ct);
        var figureIds = entries.Where(e => e.EntityType == nameof(MonthlyValue)).Select(e => Guid.Parse(e.EntityKey)).Distinct().ToList();
        var subjects = await db.MonthlyValues.AsNoTracking()
            .Where(v => figureIds.Contains(v.Id))
            .Select(v => new { v.Id, Indicator = v.Component!.Indicator!.Code, Component = v.Component.Name, v.Year, v.Month })
            .ToDictionaryAsync(v => v.Id.ToString(), ct);
        return entries.Select(e =>
        {
            var subject = subjects.GetValueOrDefault(e.EntityKey);
            return new HistoryEntry(e.At, e.User, e.Action, e.EntityType,
                subject is null ? "Monatsstatus" : $"{subject.Indicator} · {subject.Component} · {subject.Month:D2}/{subject.Year}",
                subject?.Year, subject?.Month,
                Read(e.OldValues, e.EntityType), Read(e.NewValues, e.EntityType), e.Reason);
        }).ToList();
    }

    private static string? Read(string? json, string entityType)
    {
        if (json is null)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(json);
        var name = entityType == nameof(MonthlyValue) ? nameof(MonthlyValue.Value) : nameof(MonthStatus.State);
        return doc.RootElement.TryGetProperty(name, out var value) ? value.ToString() : null;
    }
}

/// <summary>One change in the history: for figures the value before and after, for month states the state.</summary>
public sealed record HistoryEntry(DateTime At, string User, string Action, string EntityType, string Subject, int? Year, int? Month,
    string? OldValue, string? NewValue, string? Reason);
