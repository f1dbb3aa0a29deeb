using MeAktiv.Core.Common;
using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// Turns the save outcome of the batch into the import's result (the errors carry the file's row numbers); soft
/// plausibility findings become warnings (a file with hard errors lists both), or — when they stopped the import for
/// want of a confirmation — the errors of a <see cref="ImportStatus.NeedsConfirmation"/>.
/// </summary>
internal static class ImportOutcomes
{
    public static ImportResult Map(ImportRows rows, SaveOutcome? outcome, ImportTally? tally, bool dryRun, bool confirmed) =>
        Bounded(MapAll(rows, outcome, tally, dryRun, confirmed), rows);

    /// <summary>
    /// At most <see cref="ImportOptions.MaxListedErrors"/> errors and as many warnings listed (the first by row), with
    /// the totals: the errors read (kept or only counted, <see cref="ImportErrorList"/>) plus those of the checks. A row
    /// with a reading error never reaches the checks, so their rows add up.
    /// </summary>
    private static ImportResult Bounded(ImportResult result, ImportRows rows)
    {
        var max = rows.Limits.MaxListedErrors;
        var read = rows.Errors.ToHashSet(); // the reading errors kept, listed in result.Errors beside those of the checks
        return result with
        {
            Errors = result.Errors.Take(max).ToList(),
            Warnings = result.Warnings.Take(max).ToList(),
            ErrorCount = rows.Errors.Count + result.Errors.Count - read.Count,
            ErrorRows = rows.Errors.Rows + ImportResult.DistinctRows(result.Errors.Where(e => !read.Contains(e))),
            WarningCount = result.Warnings.Count,
            WarningRows = ImportResult.DistinctRows(result.Warnings),
            Skipped = rows.Skipped,
        };
    }

    private static ImportResult MapAll(ImportRows rows, SaveOutcome? outcome, ImportTally? tally, bool dryRun, bool confirmed)
    {
        var errors = new List<ImportError>(rows.Errors);
        var status = errors.Count > 0 ? ImportStatus.Invalid : ImportStatus.Ok;
        var warnings = new List<ImportError>();
        switch (outcome?.Status)
        {
            case null:
                break;
            case SaveStatus.Saved when status == ImportStatus.Ok:
                return new ImportResult(ImportStatus.Ok, dryRun, rows.DataRows, tally!.New, tally.Changed, tally.Unchanged, [])
                {
                    Warnings = Sorted(outcome.Warnings.Select(Row)), Confirmed = confirmed, Values = [.. tally.Values], // in file order
                };
            case SaveStatus.Saved:
                warnings.AddRange(outcome.Warnings.Select(Row));
                break;
            case SaveStatus.NeedsConfirmation when status == ImportStatus.Ok:
                return ImportResult.Failed(ImportStatus.NeedsConfirmation, dryRun, rows.DataRows,
                    Sorted(outcome.Errors.Select(Row)));
            case SaveStatus.Conflict:
                errors.AddRange(outcome.Conflicts.Select(c => new ImportError(c.Index, ImportColumns.Wert, Conflict(c))));
                status = status == ImportStatus.Ok ? ImportStatus.Conflict : status;
                break;
            default:
                errors.AddRange(outcome.Errors.Where(e => !e.IsSoft).Select(Row));
                warnings.AddRange(outcome.Errors.Where(e => e.IsSoft).Select(Row));
                status = status != ImportStatus.Ok ? status : outcome.Status switch
                {
                    SaveStatus.Forbidden => ImportStatus.Forbidden,
                    SaveStatus.Closed => ImportStatus.Conflict,
                    _ => ImportStatus.Invalid,
                };
                break;
        }

        return ImportResult.Failed(status, dryRun, rows.DataRows, Sorted(errors)) with { Warnings = Sorted(warnings), Confirmed = confirmed };
    }

    private static ImportError Row(FigureError e) => new(e.Index, e.Field, e.Message, e.Code);

    public static IReadOnlyList<ImportError> Sorted(IEnumerable<ImportError> errors) =>
        errors.OrderBy(e => e.Row ?? 0).ThenBy(e => e.Column is null ? -1 : IndexOf(e.Column)).ToList();

    private static int IndexOf(string column)
    {
        for (var i = 0; i < ImportColumns.All.Count; i++)
        {
            if (string.Equals(ImportColumns.All[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return ImportColumns.All.Count;
    }

    private static string Conflict(FigureConflict c) => c.StoredVersion is null
        ? "Der Wert wurde während des Imports gelöscht. Es wurde nichts gespeichert; bitte den Import wiederholen."
        : $"Der Wert wurde während des Imports von {c.UpdatedBy} am {German.Time(c.UpdatedAt)} geändert. " +
          "Es wurde nichts gespeichert; bitte den Import wiederholen.";
}
