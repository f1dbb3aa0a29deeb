using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Audit;

/// <summary>
/// Turns one page of audit entries into German rows: for a figure its unit, indicator, component, month and old → new
/// value; for a month state or a target version what it belongs to; for anything else a German type name and a summary
/// of the changed fields. Reads what the page's entries refer to in four small queries (never one per entry).
/// </summary>
internal static class AuditRows
{
    private sealed record Subject(string? UnitCode, string? UnitName, string? Indicator, string? Component, ComponentKind? Kind, int? Year, int? Month);

    public static async Task<List<AuditRow>> DescribeAsync(AppDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var keys = entries.Select(e => Guid.TryParse(e.EntityKey, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Code, u.Name }).ToDictionaryAsync(u => u.Id, ct);
        var subjects = new Dictionary<Guid, Subject>();
        if (entries.Any(e => e.EntityType == nameof(MonthlyValue)))
        {
            foreach (var v in await db.MonthlyValues.AsNoTracking().Where(v => keys.Contains(v.Id))
                .Select(v => new { v.Id, v.OrgUnitId, Indicator = v.Component!.Indicator!.Code, Component = v.Component.Name, v.Component.Kind, v.Year, v.Month })
                .ToListAsync(ct))
            {
                var unit = units.GetValueOrDefault(v.OrgUnitId);
                subjects[v.Id] = new(unit?.Code, unit?.Name, v.Indicator, v.Component, v.Kind, v.Year, v.Month);
            }
        }

        if (entries.Any(e => e.EntityType == nameof(MonthStatus)))
        {
            foreach (var s in await db.MonthStatuses.AsNoTracking().Where(s => keys.Contains(s.Id)).Select(s => new { s.Id, s.Year, s.Month }).ToListAsync(ct))
            {
                subjects[s.Id] = new(null, null, null, null, null, s.Year, s.Month);
            }
        }

        if (entries.Any(e => e.EntityType == nameof(TargetVersion)))
        {
            foreach (var t in await db.TargetVersions.AsNoTracking().Where(v => keys.Contains(v.Id))
                .Join(db.Targets, v => v.TargetId, t => t.Id, (v, t) => new { v.Id, t.OrgUnitId, Indicator = t.Indicator!.Code, t.Year })
                .ToListAsync(ct))
            {
                var unit = units.GetValueOrDefault(t.OrgUnitId);
                subjects[t.Id] = new(unit?.Code, unit?.Name, t.Indicator, null, null, t.Year, null);
            }
        }

        return entries.Select(e =>
        {
            var s = Guid.TryParse(e.EntityKey, out var id) ? subjects.GetValueOrDefault(id) : null;
            var unit = e.OrgUnitId is { } uid ? units.GetValueOrDefault(uid) : null;
            return Row(e, s ?? new(unit?.Code, unit?.Name, null, null, null, null, null), unit?.Code ?? s?.UnitCode);
        }).ToList();
    }

    private static AuditRow Row(AuditEntry e, Subject s, string? unitCode)
    {
        var isFigure = e.EntityType == nameof(MonthlyValue);
        var isState = e.EntityType == nameof(MonthStatus);
        string? oldText = null, newText = null;
        if (isFigure || isState)
        {
            var field = isFigure ? nameof(MonthlyValue.Value) : nameof(MonthStatus.State);
            (oldText, newText) = (Value(e.OldValues, field, s.Kind), Value(e.NewValues, field, s.Kind));
        }

        var month = s.Month is { } m && s.Year is { } y ? German.Month(y, m) : s.Year?.ToString(German.Culture);
        var summary = isFigure || isState
            ? $"{oldText ?? (e.OldValues is null ? "neu" : German.None)} → {newText ?? (e.NewValues is null ? "gelöscht" : German.None)}"
            : AuditTexts.Summary(e.OldValues, e.NewValues);
        return new AuditRow(e.Id, e.At, e.User, e.EntityType, e.EntityKey, e.Action, unitCode, e.OldValues, e.NewValues, e.Reason)
        {
            What = AuditTexts.TypeName(e.EntityType),
            ActionText = AuditTexts.ActionName(e.Action),
            Time = AuditTexts.LocalTime(e.At),
            UnitName = s.UnitName,
            Indicator = s.Indicator,
            Component = s.Component,
            Month = month,
            OldText = oldText,
            NewText = newText,
            Summary = summary,
        };
    }

    private static string? Value(string? json, string field, ComponentKind? kind)
    {
        return AuditTexts.Number(json, field) is { } d && kind is { } k ? German.Input(d, k) : AuditTexts.Field(json, field);
    }
}
