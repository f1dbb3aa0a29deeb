using MeAktiv.Core.Common;

namespace MeAktiv.Core.Features.Import;

/// <summary>How an import (or its preview) ended. Anything but <see cref="Ok"/> means nothing was stored.</summary>
public enum ImportStatus
{
    /// <summary>Stored (or, in a preview, would be stored).</summary>
    Ok = 0,

    /// <summary>The file or some of its rows are invalid (unreadable, wrong format, a rule broken): HTTP 400.</summary>
    Invalid = 1,

    /// <summary>Some rows belong to units the user may not change: HTTP 403.</summary>
    Forbidden = 2,

    /// <summary>A month is closed, or a figure was changed by someone else while importing: HTTP 409.</summary>
    Conflict = 3,

    /// <summary>The file is larger than <see cref="ImportOptions.MaxFileBytes"/>: HTTP 413.</summary>
    TooLarge = 4,

    /// <summary>Soft plausibility findings need a confirmation with a reason (<c>confirm=true</c>, <c>reason</c>): HTTP 422.</summary>
    NeedsConfirmation = 5,
}

/// <summary>
/// A problem of the file: <see cref="Row"/> is the row number in the file (the header is row 1; null for the file as
/// a whole), <see cref="Column"/> the column's name as in the header (Monat, Einheit, Kennzahl, Komponente, Wert;
/// null for the row as a whole). The message is German; <see cref="Code"/> names the plausibility rule
/// (<see cref="Figures.FigureFindings"/>), null for the other rules.
/// </summary>
public sealed record ImportError(int? Row, string? Column, string Message, string? Code = null);

/// <summary>
/// The outcome of an import or a preview: the number of data rows and what happened (or would happen) to them —
/// <see cref="New"/> figures, <see cref="Changed"/> values, <see cref="Unchanged"/> ones (same value already stored:
/// not written, no audit entry) — or every error found. <see cref="Warnings"/> are the soft plausibility findings;
/// <see cref="Confirmed"/> says whether the run carried a confirmation with a reason for them. Both lists hold at most
/// <see cref="ImportOptions.MaxListedErrors"/> entries (the first by row); <see cref="ErrorCount"/>,
/// <see cref="ErrorRows"/>, <see cref="WarningCount"/> and <see cref="WarningRows"/> count all of them.
/// </summary>
public sealed record ImportResult(
    ImportStatus Status, bool DryRun, int Rows, int New, int Changed, int Unchanged, IReadOnlyList<ImportError> Errors)
{
    private readonly int? _errorCount;
    private readonly int? _errorRows;
    private readonly int? _warningCount;
    private readonly int? _warningRows;

    public bool Ok => Status == ImportStatus.Ok;

    public IReadOnlyList<ImportError> Warnings { get; init; } = [];

    /// <summary>Every error found, listed or not.</summary>
    public int ErrorCount { get => _errorCount ?? Errors.Count; init => _errorCount = value; }

    /// <summary>The rows of the file with an error, listed or not.</summary>
    public int ErrorRows { get => _errorRows ?? DistinctRows(Errors); init => _errorRows = value; }

    /// <summary>Every soft plausibility finding, listed or not.</summary>
    public int WarningCount { get => _warningCount ?? Warnings.Count; init => _warningCount = value; }

    /// <summary>The rows of the file with a soft finding, listed or not.</summary>
    public int WarningRows { get => _warningRows ?? DistinctRows(Warnings); init => _warningRows = value; }

    internal static int DistinctRows(IEnumerable<ImportError> errors) =>
        errors.Where(e => e.Row is not null).Select(e => e.Row!.Value).Distinct().Count();

    public bool Confirmed { get; init; }

    /// <summary>Rows without a value, skipped (not errors).</summary>
    public int Skipped { get; init; }

    /// <summary>What the import does (did) to each value, old → new, in file order; at most <see cref="MaxListedValues"/>.</summary>
    public IReadOnlyList<ImportValue> Values { get; init; } = [];

    public const int MaxListedValues = 1000;

    /// <summary>The import of this file needs a confirmation with a reason (the preview found soft findings).</summary>
    public bool NeedsConfirmation => Warnings.Count > 0 && !Confirmed;

    public static ImportResult Failed(ImportStatus status, bool dryRun, int rows, IReadOnlyList<ImportError> errors) =>
        new(status, dryRun, rows, 0, 0, 0, errors);

    /// <summary>One problem of the whole file (no row).</summary>
    public static ImportResult FileError(ImportStatus status, bool dryRun, string message) =>
        Failed(status, dryRun, 0, [new ImportError(null, null, message)]);
}

/// <summary>One value of the file: its row, the figure, the value stored before (null: none) and the file's value.</summary>
public sealed record ImportValue(int Row, string Month, string Unit, string Indicator, string Component, decimal? Old, decimal New,
    Figures.FigureChange Change);

/// <summary>The stages of an import, in order.</summary>
public enum ImportStage
{
    Reading = 0,
    Checking = 1,
    Saving = 2,
    Done = 3,
}

/// <summary>
/// Progress for the UI. While reading, <see cref="Done"/>/<see cref="Total"/> are bytes of the file; checking and
/// saving run as one database step whose progress is not known (Total 0: show an indeterminate bar).
/// </summary>
public sealed record ImportProgress(ImportStage Stage, long Done, long Total, int Rows)
{
    public double? Percent => Total > 0 ? Math.Min(100, 100.0 * Done / Total) : null;

    /// <summary>German text for the progress bar.</summary>
    public string Text => Stage switch
    {
        ImportStage.Reading => $"Datei wird gelesen … {German.Count(Rows)} Zeilen",
        ImportStage.Checking => $"{German.Count(Rows)} Zeilen werden geprüft …",
        ImportStage.Saving => $"{German.Count(Rows)} Zeilen werden geprüft und gespeichert …",
        _ => "Fertig.",
    };
}
