using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Audit;

/// <summary>
/// Filters of the audit log: who (part of the user name), what (stored type or its German name), when (UTC days),
/// unit code, indicator code; for one figure also component code and month (the Erfassung's history of a cell).
/// </summary>
public sealed record AuditFilter(string? Who = null, string? What = null, DateOnly? From = null, DateOnly? To = null, string? Unit = null,
    string? Indicator = null, string? Component = null, int? Year = null, int? Month = null);

/// <summary>One line of the audit log: the stored entry, and the same in German (the added fields).</summary>
public sealed record AuditRow(long Id, DateTime At, string User, string EntityType, string EntityKey, string Action,
    string? UnitCode, string? OldValues, string? NewValues, string? Reason)
{
    /// <summary>German type name: Kennzahlwert, Zielversion, Konto, …</summary>
    public string What { get; init; } = EntityType;

    /// <summary>angelegt, geändert, gelöscht (or the event, e.g. deaktiviert).</summary>
    public string ActionText { get; init; } = Action;

    /// <summary>Local time (Europe/Berlin), dd.MM.yyyy HH:mm.</summary>
    public string Time { get; init; } = "";

    public string? UnitName { get; init; }

    public string? Indicator { get; init; }

    public string? Component { get; init; }

    /// <summary>The month (or year) the change belongs to: "Mai 2015".</summary>
    public string? Month { get; init; }

    /// <summary>A figure's or month state's value before and after, German.</summary>
    public string? OldText { get; init; }

    public string? NewText { get; init; }

    /// <summary>Readable change: "79 → 81", or "Wert: 5 → 6; Status: vorläufig → final".</summary>
    public string Summary { get; init; } = "";
}

/// <summary>A value of a filter and its German name.</summary>
public sealed record AuditChoice(string Code, string Name);

/// <summary>The filters' choices: types, units, indicators.</summary>
public sealed record AuditChoices(IReadOnlyList<AuditChoice> Types, IReadOnlyList<AuditChoice> Units, IReadOnlyList<AuditChoice> Indicators);

/// <summary>One page of rows and how many match in all.</summary>
public sealed record AuditPage(int Total, IReadOnlyList<AuditRow> Rows);

/// <summary>
/// The audit log (every change of figures, month states, targets, accounts, master data) for Administration and
/// Geschäftsführung, filtered, newest first, in pages; and the history of one figure for whoever may see its unit
/// (the Erfassung's history icon): the same query and the same German rows.
/// </summary>
public sealed class AuditLogQueries(IDbContextFactory<AppDbContext> factory)
{
    public const int MaxRows = 5000;

    public static bool MayRead(UserScope scope) =>
        scope.IsInRole(Roles.Administration) || scope.IsInRole(Roles.Geschaeftsfuehrung);

    /// <summary>The matching entries, newest first, at most <paramref name="limit"/>; null when the caller may not read the log.</summary>
    public async Task<IReadOnlyList<AuditRow>?> SearchAsync(UserScope scope, AuditFilter filter, int limit = 500, CancellationToken ct = default) =>
        (await PageAsync(scope, filter, 0, Math.Clamp(limit, 1, MaxRows), count: false, ct))?.Rows;

    /// <summary>Page <paramref name="page"/> (from 0) of <paramref name="size"/> rows and the total; null when the caller may not read the log.</summary>
    public Task<AuditPage?> PageAsync(UserScope scope, AuditFilter filter, int page, int size, CancellationToken ct = default) =>
        PageAsync(scope, filter, page, size, count: true, ct);

    /// <summary>
    /// The changes of one unit (and with <see cref="AuditFilter.Indicator"/>, component and month: of one figure) for
    /// anyone who may see the unit; null when the unit does not exist or is not visible.
    /// </summary>
    public async Task<IReadOnlyList<AuditRow>?> HistoryAsync(UserScope scope, AuditFilter filter, int limit = 500, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var code = filter.Unit?.Trim().ToUpperInvariant();
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Code == code).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        if (unit is not { } id || !scope.CanSee(id))
        {
            return null;
        }

        var entries = await AuditQuery.Apply(db, filter with { Who = null, What = null, From = null, To = null })
            .OrderByDescending(a => a.Id).Take(Math.Clamp(limit, 1, MaxRows)).ToListAsync(ct);
        return await AuditRows.DescribeAsync(db, entries, ct);
    }

    /// <summary>The choices of the filters: stored types with their German names, units and indicators (code, name).</summary>
    public async Task<AuditChoices> ChoicesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var types = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().ToListAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Code).Select(u => new AuditChoice(u.Code, u.Name)).ToListAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Code).Select(i => new AuditChoice(i.Code, i.Name)).ToListAsync(ct);
        return new AuditChoices(
            types.Select(t => new AuditChoice(t, AuditTexts.TypeName(t))).OrderBy(t => t.Name, Common.German.Comparer).ToList(), units, indicators);
    }

    private async Task<AuditPage?> PageAsync(UserScope scope, AuditFilter filter, int page, int size, bool count, CancellationToken ct)
    {
        if (!MayRead(scope))
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var query = AuditQuery.Apply(db, filter);
        var total = count ? await query.CountAsync(ct) : 0;
        size = Math.Clamp(size, 1, MaxRows);
        var entries = await query.OrderByDescending(a => a.Id).Skip(Math.Max(page, 0) * size).Take(size).ToListAsync(ct);
        var rows = await AuditRows.DescribeAsync(db, entries, ct);
        return new AuditPage(count ? total : rows.Count, rows);
    }
}
