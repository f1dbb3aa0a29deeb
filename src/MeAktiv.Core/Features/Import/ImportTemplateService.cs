using System.Text;
using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace MeAktiv.Core.Features.Import;

/// <summary>One line of the import template.</summary>
public sealed record ImportTemplateRow(string Month, string Unit, string Indicator, string Component, decimal? Value);

/// <summary>
/// The downloadable import template: the header and one line per figure the user may enter for the current month —
/// every unit the user may change that exists this month, every component of every indicator entered at that unit's
/// level. <c>Wert</c> holds the value stored for this month, or is empty: a template imported unchanged never invents
/// a figure (empty values are refused).
/// </summary>
public sealed class ImportTemplateService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public YearMonth CurrentMonth => new(clock.GetLocalNow().Year, clock.GetLocalNow().Month);

    public string FileName(ImportFileKind kind) =>
        $"ME-aktiv-Importvorlage-{CurrentMonth.Year:D4}-{CurrentMonth.Month:D2}.{(kind == ImportFileKind.Csv ? "csv" : "xlsx")}";

    public async Task<IReadOnlyList<ImportTemplateRow>> RowsAsync(UserScope scope, CancellationToken ct = default)
    {
        var (year, month) = (CurrentMonth.Year, CurrentMonth.Month);
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = (await db.OrgUnits.AsNoTracking().OrderBy(u => u.Kind).ThenBy(u => u.Code).ToListAsync(ct))
            .Where(u => scope.CanEditFigures(u.Id) && u.ExistsIn(year, month)).ToList();
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Components).OrderBy(i => i.SortOrder).ToListAsync(ct);
        var unitIds = units.Select(u => u.Id).ToList();
        var stored = await db.MonthlyValues.AsNoTracking()
            .Where(v => v.Year == year && v.Month == month && unitIds.Contains(v.OrgUnitId))
            .ToDictionaryAsync(v => (v.OrgUnitId, v.ComponentId), v => v.Value, ct);
        var monthText = $"{year:D4}-{month:D2}";
        return [.. from unit in units
            from indicator in indicators.Where(i => i.IsEnteredAt(unit))
            from component in indicator.Components.OrderBy(c => c.SortOrder)
            select new ImportTemplateRow(monthText, unit.Code, indicator.Code, component.Code,
                stored.TryGetValue((unit.Id, component.Id), out var v) ? v : null)];
    }

    /// <summary>UTF-8 with BOM (so that German Excel opens it as UTF-8), <c>;</c>, decimal comma.</summary>
    public async Task<byte[]> CsvAsync(UserScope scope, CancellationToken ct = default)
    {
        var text = new StringBuilder(ImportColumns.HeaderLine).Append("\r\n");
        foreach (var r in await RowsAsync(scope, ct))
        {
            text.Append(r.Month).Append(';').Append(r.Unit).Append(';').Append(r.Indicator).Append(';').Append(r.Component)
                .Append(';').Append(r.Value is { } v ? German.Plain(v) : "").Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Sheet „Zahlen“ (the month as text, so Excel does not turn it into a date; values as numbers) and „Hinweise“.</summary>
    public async Task<byte[]> XlsxAsync(UserScope scope, CancellationToken ct = default)
    {
        var rows = (await RowsAsync(scope, ct)).Select(r => new Dictionary<string, object?>
        {
            [ImportColumns.Monat] = r.Month, [ImportColumns.Einheit] = r.Unit, [ImportColumns.Kennzahl] = r.Indicator,
            [ImportColumns.Komponente] = r.Component, [ImportColumns.Wert] = r.Value,
        }).ToList();
        if (rows.Count == 0)
        {
            rows.Add(ImportColumns.All.ToDictionary(c => c, _ => (object?)null)); // the header needs one (blank) row
        }

        var sheets = new Dictionary<string, object>
        {
            ["Zahlen"] = rows,
            ["Hinweise"] = Hints.Select(h => new Dictionary<string, object?> { ["Hinweise zum Import"] = h }).ToList(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }

    private static readonly string[] Hints =
    [
        "Importiert wird nur das erste Tabellenblatt („Zahlen“) mit den Spalten Monat, Einheit, Kennzahl, Komponente, Wert.",
        "Monat im Format JJJJ-MM (z. B. 2015-03), als Text oder als Datum am Monatsersten.",
        "Wert als Zahl; als Text mit Dezimalkomma (z. B. 1234,5). Anzahlen und Bestände ganzzahlig, Prozentwerte 0 bis 100, Euro mit höchstens zwei Nachkommastellen.",
        "Ein leerer Wert wird nicht übernommen: bitte jede Zeile ausfüllen oder löschen.",
        "Der Import speichert alle Zeilen oder keine: Fehlerhafte Zeilen werden in der Vorschau mit Zeilennummer, Spalte und Grund angezeigt.",
        "Ein gleicher Wert wird nicht erneut gespeichert; eine Datei zweimal zu importieren ändert beim zweiten Mal nichts.",
    ];
}
