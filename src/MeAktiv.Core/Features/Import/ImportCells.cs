using System.Globalization;
using MeAktiv.Core.Common.Csv;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// The cells of one data row of an import read by <see cref="ImportTable"/>, by column name, each unreadable cell an
/// error of its row and column. Cells come from CSV as text and from XLSX as text, number or date. Numbers German
/// ("21,7", "17.970", "+1,3 %", a ratio "1:75" as 75), dates "02.12.2014" or ISO "2014-12-02". The target import's own
/// cells (status, phasing, monthly plan) are in <see cref="TargetImportCells"/>.
/// </summary>
public sealed class ImportCells(int row, IReadOnlyDictionary<string, int> positions, IReadOnlyList<object?> cells, List<ImportError> errors)
{
    private readonly int _errorsBefore = errors.Count;

    public int Row => row;

    public bool Ok => errors.Count == _errorsBefore;

    public string? OptionalText(string column) => Cell(column) switch
    {
        null => null,
        DateTime d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        var c => Convert.ToString(c, CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } t ? t : null,
    };

    public string? Text(string column) => OptionalText(column) ?? Fail<string>(column, ImportText.Empty(column));

    public int? Int(string column) => OptionalInt(column) ?? (OptionalText(column) is null ? Fail<int?>(column, ImportText.Empty(column)) : null);

    public int? OptionalInt(string column) => Cell(column) switch
    {
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e6 => (int)d,
        _ when OptionalText(column) is not { } t => null,
        _ when int.TryParse(OptionalText(column), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => Fail<int?>(column, $"'{ImportText.Show(OptionalText(column)!)}' in '{column}' ist keine ganze Zahl."),
    };

    public decimal? Number(string column)
    {
        if (Cell(column) is double d && double.IsFinite(d) && Math.Abs(d) < 1e15)
        {
            return Convert.ToDecimal(d);
        }

        if (OptionalText(column) is not { } text)
        {
            return null;
        }

        var plain = text.TrimEnd('%').Trim();
        plain = plain.StartsWith("1:", StringComparison.Ordinal) ? plain[2..] : plain;
        return GermanNumber.TryParse(plain, out var value) ? value : Fail<decimal?>(column, ImportText.NotANumber(text));
    }

    public DateOnly? Date(string column)
    {
        if (Cell(column) is DateTime date)
        {
            return DateOnly.FromDateTime(date);
        }

        var text = Text(column);
        return text is null ? null
            : DateOnly.TryParseExact(text, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : Fail<DateOnly?>(column, $"'{ImportText.Show(text)}' ist kein Datum (TT.MM.JJJJ, z. B. 02.12.2014, oder JJJJ-MM-TT).");
    }

    /// <summary>A month as "04/2015", "04.2015" or "2015-04" (a date cell: its month), or null when empty.</summary>
    public YearMonth? OptionalMonth(string column)
    {
        if (Cell(column) is DateTime date)
        {
            return new YearMonth(date.Year, date.Month);
        }

        var text = OptionalText(column);
        return text is null ? null
            : DateOnly.TryParseExact(text, ["MM/yyyy", "M/yyyy", "MM.yyyy", "M.yyyy", "yyyy-MM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? new YearMonth(d.Year, d.Month)
                : Fail<YearMonth?>(column, $"'{ImportText.Show(text)}' ist kein Monat (MM/JJJJ, z. B. 04/2015, oder JJJJ-MM).");
    }

    private object? Cell(string column) =>
        positions.TryGetValue(column, out var p) && p < cells.Count ? cells[p] is string s && s.Trim().Length == 0 ? null : cells[p] : null;

    /// <summary>Records the cell's error and gives no value.</summary>
    public T? Fail<T>(string column, string message)
    {
        errors.Add(new ImportError(row, column, message));
        return default;
    }
}
