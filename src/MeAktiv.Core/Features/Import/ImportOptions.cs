namespace MeAktiv.Core.Features.Import;

/// <summary>
/// Settings of the section <c>Import</c>: the bounds of the work one upload may cause (docs/security.md, "Uploads").
/// A file beyond a bound is refused as a whole (nothing stored) with a German message naming the bound.
/// </summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest file accepted (default 20 MB: about 600.000 CSV rows, far more than a year of all units).</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most data rows of one file (default 200.000; a year of every unit is about 15.000).</summary>
    public int MaxRows { get; set; } = 200_000;

    /// <summary>Most errors (and, apart, plausibility findings) listed in an answer; the total is counted beyond it.</summary>
    public int MaxListedErrors { get; set; } = 100;

    /// <summary>Longest time reading and checking (and storing) one file may take, in seconds.</summary>
    public int MaxSeconds { get; set; } = 120;

    /// <summary>XLSX: most bytes of all its zipped parts together once unpacked (default 200 MB).</summary>
    public long MaxUnpackedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>XLSX: most parts (files inside the zip).</summary>
    public int MaxParts { get; set; } = 1_000;

    /// <summary>XLSX: most shared strings (the texts of the workbook).</summary>
    public int MaxSharedStrings { get; set; } = 1_000_000;

    /// <summary>XLSX: longest text of one cell or shared string — Excel's own limit, 32.767 characters.</summary>
    public int MaxCellChars { get; set; } = 32_767;

    /// <summary>XLSX: most cells of all sheets together (default 2.000.000).</summary>
    public int MaxCells { get; set; } = 2_000_000;

    /// <summary>XLSX: rightmost column a cell (or the sheet's dimension) may name (default 100, column CV).</summary>
    public int MaxColumns { get; set; } = 100;
}
