using System.Text;
using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace MeAktiv.Core.Features.Import;

/// <summary>One line of the import template: the codes the import reads and the German names beside them.</summary>
public sealed record ImportTemplateRow(string Month, string Unit, string UnitName, string Indicator, string IndicatorName,
    string Component, string ComponentName, decimal? Value);

/// <summary>A template file and its name (<c>ME-aktiv-Importvorlage-2015-06.csv</c>, or the first and last month).</summary>
public sealed record ImportTemplateFile(byte[] Content, string FileName);

/// <summary>
/// The downloadable import template: one line per figure the user's units <em>owe</em> — the months still to submit
/// (<see cref="OpenMonthsQueries"/>, the start page's list: owed by the reporting duties and not yet submitted, up to the
/// month being entered), and only the components of those duties, with the German names beside the codes. While
/// nothing is open: the month being entered (the month before the reference day's, <see cref="SteuerungCalendar"/>).
/// <c>Wert</c> holds the value stored, or is empty: an empty row is skipped by the import, so the template as
/// delivered imports cleanly and changes nothing.
/// </summary>
public sealed class ImportTemplateService(IDbContextFactory<AppDbContext> factory, SteuerungCalendar calendar, OpenMonthsQueries openMonths)
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<IReadOnlyList<ImportTemplateRow>> RowsAsync(UserScope scope, CancellationToken ct = default)
    {
        var day = await calendar.ReferenceDayAsync(ct);
        var (stand, open) = await openMonths.OwedAsync(scope, day, ct);
        var entering = new YearMonth(day.AddMonths(-1).Year, day.AddMonths(-1).Month);
        var owed = open.Count > 0
            ? open.Select(o => (Unit: stand.Find(o.UnitCode)!, Month: new YearMonth(o.Year, o.Month))).ToList()
            : stand.Units.Where(u => scope.CanEditFigures(u.Id) && stand.Owes(u.Id, entering))
                .OrderBy(u => u.Kind).ThenBy(u => u.Code, StringComparer.Ordinal).Select(u => (Unit: u, Month: entering)).ToList();
        await using var db = await factory.CreateDbContextAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Components).ToDictionaryAsync(i => i.Id, ct);
        var unitIds = owed.Select(o => o.Unit.Id).Distinct().ToList();
        var years = owed.Select(o => o.Month.Year).Distinct().ToList();
        var stored = (await db.MonthlyValues.AsNoTracking()
                .Where(v => years.Contains(v.Year) && unitIds.Contains(v.OrgUnitId)).ToListAsync(ct))
            .ToDictionary(v => (v.OrgUnitId, v.ComponentId, v.Year, v.Month), v => v.Value);
        return [.. from o in owed
            from c in stand.DutiesOf(o.Unit.Id, o.Month)
                .SelectMany(d => d.ComponentId is { } id ? indicators[d.IndicatorId].Components.Where(c => c.Id == id) : indicators[d.IndicatorId].Components)
                .DistinctBy(c => c.Id)
                .OrderBy(c => indicators[c.IndicatorId].SortOrder).ThenBy(c => c.SortOrder)
            let indicator = indicators[c.IndicatorId]
            select new ImportTemplateRow($"{o.Month.Year:D4}-{o.Month.Month:D2}", o.Unit.Code, o.Unit.Name, indicator.Code, indicator.Name,
                c.Code, c.Name, stored.TryGetValue((o.Unit.Id, c.Id, o.Month.Year, o.Month.Month), out var v) ? v : null)];
    }

    /// <summary>UTF-8 with BOM (so that German Excel opens it as UTF-8), <c>;</c>, decimal comma.</summary>
    public async Task<ImportTemplateFile> CsvAsync(UserScope scope, CancellationToken ct = default)
    {
        var rows = await RowsAsync(scope, ct);
        var text = new StringBuilder(string.Join(";", Columns)).Append("\r\n");
        foreach (var r in rows)
        {
            text.AppendJoin(';', r.Month, r.Unit, Quoted(r.UnitName), r.Indicator, Quoted(r.IndicatorName), r.Component,
                Quoted(r.ComponentName), r.Value is { } v ? German.Plain(v) : "").Append("\r\n");
        }

        return new([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())], FileName(rows, "csv"));
    }

    /// <summary>Sheet „Zahlen“ (the month as text, so Excel does not turn it into a date; values as numbers) and „Hinweise“.</summary>
    public async Task<ImportTemplateFile> XlsxAsync(UserScope scope, CancellationToken ct = default)
    {
        var template = await RowsAsync(scope, ct);
        var rows = template.Select(r => Columns.Zip(new object?[]
            { r.Month, r.Unit, r.UnitName, r.Indicator, r.IndicatorName, r.Component, r.ComponentName, r.Value })
            .ToDictionary(x => x.First, x => x.Second)).ToList();
        if (rows.Count == 0)
        {
            rows.Add(Columns.ToDictionary(c => c, _ => (object?)null)); // the header needs one (blank) row
        }

        var sheets = new Dictionary<string, object>
        {
            ["Zahlen"] = rows,
            ["Hinweise"] = Hints.Select(h => new Dictionary<string, object?> { ["Hinweise zum Import"] = h }).ToList(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return new(stream.ToArray(), FileName(template, "xlsx"));
    }

    /// <summary>The import's columns with the names beside the codes (the import ignores the names).</summary>
    private static readonly string[] Columns =
    [
        ImportColumns.Monat, ImportColumns.Einheit, ImportColumns.EinheitName, ImportColumns.Kennzahl, ImportColumns.KennzahlName,
        ImportColumns.Komponente, ImportColumns.KomponenteName, ImportColumns.Wert,
    ];

    private static string FileName(IReadOnlyList<ImportTemplateRow> rows, string extension)
    {
        var months = rows.Select(r => r.Month).Distinct().Order(StringComparer.Ordinal).ToList();
        var span = months.Count switch { 0 => "leer", 1 => months[0], _ => $"{months[0]}-bis-{months[^1]}" };
        return $"ME-aktiv-Importvorlage-{span}.{extension}";
    }

    private static string Quoted(string text) =>
        text.Contains(';') || text.Contains('"') ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;

    private static readonly string[] Hints =
    [
        "Die Vorlage enthält die Monate, die Ihre Einheiten noch einreichen müssen, und nur die Kennzahlen und Komponenten ihrer Meldepflichten.",
        "Importiert werden die Spalten Monat, Einheit, Kennzahl, Komponente und Wert des ersten Tabellenblatts („Zahlen“); die Namen daneben dienen nur der Orientierung.",
        "Monat im Format JJJJ-MM (z. B. 2015-03), als Text oder als Datum am Monatsersten.",
        "Wert als Zahl; als Text mit Dezimalkomma (z. B. 1234,5). Anzahlen und Bestände ganzzahlig, Prozentwerte 0 bis 100, Euro mit höchstens zwei Nachkommastellen.",
        "Zeilen ohne Wert werden übersprungen (kein Fehler): die Vorlage kann teilweise ausgefüllt importiert werden.",
        "Der Import speichert alle Zeilen oder keine: Fehlerhafte Zeilen werden in der Vorschau mit Zeilennummer, Spalte und Grund angezeigt.",
        "Ein gleicher Wert wird nicht erneut gespeichert; eine Datei zweimal zu importieren ändert beim zweiten Mal nichts.",
    ];
}
