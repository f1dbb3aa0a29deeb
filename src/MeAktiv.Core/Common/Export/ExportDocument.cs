namespace MeAktiv.Core.Common.Export;

/// <summary>
/// A report or dashboard prepared for export, independent of the file format: one <see cref="ExportSheet"/> per part.
/// Cells hold raw numbers in full precision (decimal) or text; the column's <see cref="ExportFormat"/> says how a
/// spreadsheet shows them (German number formats). Reusable for every page that offers an XLSX download.
/// </summary>
public sealed record ExportDocument(string Title, DateTime CreatedAtUtc, bool Provisional, bool Demo, IReadOnlyList<ExportSheet> Sheets);

/// <summary>One part: a title line, notes below it, a header row and the data rows; rows in <see cref="EmphasisRows"/> are bold (sums).</summary>
public sealed record ExportSheet(string Name, string Title, IReadOnlyList<string> Notes, IReadOnlyList<ExportColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlySet<int>? EmphasisRows = null);

/// <summary>A number cell with its own format, for columns that mix units (a report row per indicator).</summary>
public sealed record ExportNumber(decimal Value, ExportFormat Format);

public sealed record ExportColumn(string Header, ExportFormat Format, double Width = 14);

/// <summary>How a column's numbers are shown (German Excel renders <c>#,##0</c> as <c>17.970</c>).</summary>
public enum ExportFormat
{
    Text,

    /// <summary>Whole number with thousands separator: 17.970.</summary>
    Integer,

    /// <summary>One decimal: 2,1.</summary>
    Decimal1,

    /// <summary>A value in percent (21.4 means 21,4 %), one decimal.</summary>
    Percent,

    /// <summary>A percent change with sign: +1,2 % / −2,5 %.</summary>
    PercentChange,

    /// <summary>Euro with two decimals: 1.234,56 €.</summary>
    Euro,

    /// <summary>Two decimals: 1,25 (ratios such as the contact density).</summary>
    Decimal2,

    /// <summary>A difference of percentages in percentage points, signed: +0,52 Pp. / −1,10 Pp.</summary>
    Points,
}
