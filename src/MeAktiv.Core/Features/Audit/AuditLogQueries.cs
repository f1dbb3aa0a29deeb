using System.Globalization;
using System.Text;
using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Audit;

/// <summary>Filters of the audit log viewer: who (part of the user name), what (entity type), when (UTC days), unit code.</summary>
public sealed record AuditFilter(string? Who = null, string? What = null, DateOnly? From = null, DateOnly? To = null, string? Unit = null);

/// <summary>One line of the audit log.</summary>
public sealed record AuditRow(long Id, DateTime At, string User, string EntityType, string EntityKey, string Action,
    string? UnitCode, string? OldValues, string? NewValues, string? Reason);

/// <summary>
/// The audit log (every change of figures, month states, targets, accounts) for Administration and Geschäftsführung:
/// filtered, newest first, and as CSV (UTF-8 with BOM, separator <c>;</c>, the format German Excel opens).
/// </summary>
public sealed class AuditLogQueries(IDbContextFactory<AppDbContext> factory)
{
    public const int MaxRows = 5000;

    public static bool MayRead(UserScope scope) =>
        scope.IsInRole(Roles.Administration) || scope.IsInRole(Roles.Geschaeftsfuehrung);

    /// <summary>The matching entries, newest first, at most <paramref name="limit"/>; null when the caller may not read the log.</summary>
    public async Task<IReadOnlyList<AuditRow>?> SearchAsync(UserScope scope, AuditFilter filter, int limit = 500, CancellationToken ct = default)
    {
        if (!MayRead(scope))
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking().AsQueryable();
        if (!string.IsNullOrWhiteSpace(filter.Who))
        {
            var who = filter.Who.Trim().ToLower();
            query = query.Where(a => a.User.ToLower().Contains(who));
        }

        if (!string.IsNullOrWhiteSpace(filter.What))
        {
            query = query.Where(a => a.EntityType == filter.What);
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

        if (!string.IsNullOrWhiteSpace(filter.Unit))
        {
            var code = filter.Unit.Trim().ToUpperInvariant();
            query = query.Where(a => db.OrgUnits.Any(u => u.Id == a.OrgUnitId && u.Code == code));
        }

        return await query
            .OrderByDescending(a => a.Id)
            .Take(Math.Clamp(limit, 1, MaxRows))
            .Select(a => new AuditRow(a.Id, a.At, a.User, a.EntityType, a.EntityKey, a.Action,
                db.OrgUnits.Where(u => u.Id == a.OrgUnitId).Select(u => u.Code).FirstOrDefault(),
                a.OldValues, a.NewValues, a.Reason))
            .ToListAsync(ct);
    }

    /// <summary>The kinds of entries there are (for the "what" filter).</summary>
    public async Task<IReadOnlyList<string>> TypesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
    }

    /// <summary>The rows as CSV: UTF-8 with BOM, <c>;</c>, German time (Europe/Berlin), fields quoted where needed.</summary>
    public static byte[] Csv(IEnumerable<AuditRow> rows)
    {
        var text = new StringBuilder("Nr;Zeitpunkt;Benutzer;Art;Schlüssel;Aktion;Einheit;Vorher;Nachher;Begründung\r\n");
        foreach (var r in rows)
        {
            text.AppendJoin(';', new[]
            {
                r.Id.ToString(CultureInfo.InvariantCulture), German.ToLocal(r.At).ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture), r.User, r.EntityType,
                r.EntityKey, r.Action, r.UnitCode ?? "", r.OldValues ?? "", r.NewValues ?? "", r.Reason ?? "",
            }.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Quotes a field with <c>;</c>, quotes or line breaks; a leading = + - @ is prefixed with ' (no formula in Excel).</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0]))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
