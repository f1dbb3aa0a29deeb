using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// The audit history of a unit as the Erfassung shows it: figure changes with indicator, component and month, and
/// month-state changes with their month (page Verlauf der Einheit); not the unit's other audited changes (comments,
/// measures: their own pages show them). One figure's history (the grid cell's history
/// dialog) comes from the Änderungsprotokoll's query (<c>AuditLogQueries.HistoryAsync</c>).
/// </summary>
public sealed class UnitHistoryQueries(IDbContextFactory<AppDbContext> factory)
{
    /// <returns>The newest <paramref name="take"/> changes, newest first; null when the unit does not exist or is not visible.</returns>
    public async Task<IReadOnlyList<UnitHistoryRow>?> ForUnitAsync(UserScope scope, string unitCode, int take = 500,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode.ToUpper(), ct);
        if (unit is null || !scope.CanSee(unit.Id))
        {
            return null;
        }

        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.OrgUnitId == unit.Id && (a.EntityType == nameof(MonthlyValue) || a.EntityType == nameof(MonthStatus)))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(take)
            .ToListAsync(ct);
        var ids = entries.Select(e => Guid.TryParse(e.EntityKey, out var g) ? g : Guid.Empty).Distinct().ToList();
        var figures = await db.MonthlyValues.AsNoTracking().Where(v => ids.Contains(v.Id))
            .Select(v => new { v.Id, Indicator = v.Component!.Indicator!.Code, Component = v.Component.Name, v.Component.Kind, v.Year, v.Month })
            .ToDictionaryAsync(v => v.Id, ct);
        var states = await db.MonthStatuses.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Year, s.Month })
            .ToDictionaryAsync(s => s.Id, ct);
        return entries.Select(e =>
        {
            var id = Guid.TryParse(e.EntityKey, out var g) ? g : Guid.Empty;
            if (e.EntityType == nameof(MonthStatus))
            {
                var s = states.GetValueOrDefault(id);
                return new UnitHistoryRow(e.At, e.User, e.Action, null, null, null, s?.Year, s?.Month, null, null,
                    State(e.OldValues), State(e.NewValues), e.Reason);
            }

            var f = figures.GetValueOrDefault(id);
            return new UnitHistoryRow(e.At, e.User, e.Action, f?.Indicator, f?.Component, f?.Kind, f?.Year, f?.Month,
                Value(e.OldValues), Value(e.NewValues), null, null, e.Reason);
        }).ToList();
    }

    private static decimal? Value(string? json) =>
        Read(json, nameof(MonthlyValue.Value)) is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;

    private static MonthState? State(string? json) =>
        Read(json, nameof(MonthStatus.State)) is { ValueKind: JsonValueKind.String } v && Enum.TryParse<MonthState>(v.GetString(), out var s)
            ? s
            : null;

    private static JsonElement? Read(string? json, string property)
    {
        if (json is null)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.TryGetProperty(property, out var value) ? value.Clone() : null;
    }
}

/// <summary>A figure of a unit: indicator and component code and month.</summary>
public sealed record FigureKey(string Indicator, string Component, int Year, int Month);

/// <summary>
/// One change: a figure (<see cref="Indicator"/> set; values before and after, <see cref="Kind"/> for formatting) or a
/// month state (<see cref="Indicator"/> null; states before and after). <see cref="Action"/>: Added, Modified, Deleted.
/// </summary>
public sealed record UnitHistoryRow(DateTime At, string User, string Action, string? Indicator, string? Component,
    ComponentKind? Kind, int? Year, int? Month, decimal? OldValue, decimal? NewValue, MonthState? OldState,
    MonthState? NewState, string? Reason);
