using System.Globalization;
using MeAktiv.Core.Common;
using MeAktiv.Core.Common.Csv;
using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// Turns the cells of one data row into a <see cref="FigureInput"/> (no version: the import replaces what is stored),
/// or records an error for each unreadable cell. Cells come from CSV as text and from XLSX as text, number
/// (<see cref="double"/>) or date (<see cref="DateTime"/>): German Excel turns a typed <c>2015-03</c> into the date
/// 01.03.2015, which is read as that month. Whether a code exists or a value is allowed is not checked here but by
/// the shared figure rules (<see cref="FigureInputValidator"/>) in <see cref="FigureEntryService"/>.
/// </summary>
internal sealed class ImportRowParser(ImportHeader header, ImportRows rows)
{
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);

    public void Parse(int row, IReadOnlyList<object?> cells)
    {
        rows.DataRows++;
        if (Cell(cells, ImportColumns.Wert) is null || Cell(cells, ImportColumns.Wert) is string text && text.Trim().Length == 0)
        {
            rows.Skipped++; // no value: nothing to import (the template's blank rows), not an error
            return;
        }

        var errorsBefore = rows.Errors.Count;
        var month = Month(row, Cell(cells, ImportColumns.Monat));
        var unit = Code(row, ImportColumns.Einheit, Cell(cells, ImportColumns.Einheit));
        var indicator = Code(row, ImportColumns.Kennzahl, Cell(cells, ImportColumns.Kennzahl));
        var component = Code(row, ImportColumns.Komponente, Cell(cells, ImportColumns.Komponente));
        var value = Value(row, Cell(cells, ImportColumns.Wert));
        if (rows.Errors.Count == errorsBefore)
        {
            rows.Add(new FigureInput(unit!, indicator!, component!, month!.Value.Year, month.Value.Month, value,
                Confirm: rows.ConfirmReason is not null, ConfirmReason: rows.ConfirmReason), row);
        }
    }

    private object? Cell(IReadOnlyList<object?> cells, string column)
    {
        var position = header.Positions[IndexOf(column)];
        return position < cells.Count ? cells[position] : null;
    }

    private static int IndexOf(string column) => column switch
    {
        ImportColumns.Monat => 0,
        ImportColumns.Einheit => 1,
        ImportColumns.Kennzahl => 2,
        ImportColumns.Komponente => 3,
        _ => 4,
    };

    private (int Year, int Month)? Month(int row, object? cell)
    {
        switch (cell)
        {
            case DateTime date when date.Day == 1 && date.TimeOfDay == TimeSpan.Zero:
                return (date.Year, date.Month);
            case DateTime date:
                return Fail<(int, int)?>(row, ImportColumns.Monat,
                    $"Das Datum {German.Date(DateOnly.FromDateTime(date))} ist kein Monat im Format JJJJ-MM (z. B. 2015-03).");
            case null:
                return Fail<(int, int)?>(row, ImportColumns.Monat, ImportText.Empty(ImportColumns.Monat));
        }

        var text = Text(cell);
        if (text.Length == 0)
        {
            return Fail<(int, int)?>(row, ImportColumns.Monat, ImportText.Empty(ImportColumns.Monat));
        }

        return text.Length == 7 && text[4] == '-'
               && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
               && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
               && year >= 1900 && month is >= 1 and <= 12
            ? (year, month)
            : Fail<(int, int)?>(row, ImportColumns.Monat, ImportText.NotAMonth(text));
    }

    private string? Code(int row, string column, object? cell)
    {
        var text = cell is null ? "" : Text(cell);
        if (text.Length == 0)
        {
            return Fail<string>(row, column, ImportText.Empty(column));
        }

        if (!_codes.TryGetValue(text, out var shared))
        {
            shared = text;
            if (_codes.Count < 10_000)
            {
                _codes[text] = text; // one string per code, not one per row
            }
        }

        return shared;
    }

    private decimal? Value(int row, object? cell)
    {
        switch (cell)
        {
            case double number when double.IsFinite(number) && Math.Abs(number) < 1e20:
                return Convert.ToDecimal(number); // 15 significant digits: 1234.5599999999999 → 1234.56
            case double or DateTime or bool:
                return Fail<decimal?>(row, ImportColumns.Wert, ImportText.NotANumber(Text(cell)));
        }

        var text = cell is null ? "" : Text(cell);
        if (text.Length == 0)
        {
            return Fail<decimal?>(row, ImportColumns.Wert, ImportText.Empty(ImportColumns.Wert));
        }

        return GermanNumber.TryParse(text, out var value) ? value : Fail<decimal?>(row, ImportColumns.Wert, ImportText.NotANumber(text));
    }

    private static string Text(object cell) => cell switch
    {
        string s => s.Trim(),
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };

    private T? Fail<T>(int row, string column, string message)
    {
        rows.Errors.Add(new ImportError(row, column, message));
        return default;
    }
}
