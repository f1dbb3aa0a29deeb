using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Targets;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// One row of a target import as the preview shows it: the target and the version it results in (<see cref="Change"/>:
/// a first version, a further one, or unchanged = none), with the value, status and baseline text of that version.
/// </summary>
public sealed record TargetImportLine(int Row, int Year, string Unit, string Indicator, TargetChange Change, int Version,
    decimal? Value, TargetStatus Status, string? BaselineText);

/// <summary>
/// The outcome of a target import or its preview. Anything but <see cref="ImportStatus.Ok"/> means nothing was
/// stored; <see cref="Errors"/> then lists every problem with its row (header = 1) and column.
/// </summary>
public sealed record TargetImportResult(ImportStatus Status, bool DryRun, IReadOnlyList<TargetImportLine> Lines, IReadOnlyList<ImportError> Errors)
{
    public bool Ok => Status == ImportStatus.Ok;

    public int New => Lines.Count(l => l.Change == TargetChange.New);

    public int Changed => Lines.Count(l => l.Change == TargetChange.Changed);

    public int Unchanged => Lines.Count(l => l.Change == TargetChange.Unchanged);

    /// <summary>The version of each target that this run saw (a preview's answer, for the import that follows it).</summary>
    public IReadOnlyDictionary<(int, string, string), int> Seen => Lines.ToDictionary(l => (l.Year, l.Unit, l.Indicator),
        l => l.Change == TargetChange.Unchanged ? l.Version : l.Version - 1);

    /// <summary>The German summary of the run for the page and the API's problem details.</summary>
    public string Summary => Ok
        ? $"{(DryRun ? "Vorschau" : "Importiert")}: {Lines.Count} Zeilen – {New} neue Ziele, {Changed} neue Versionen, {Unchanged} unverändert."
        : $"Nichts gespeichert: {Errors.Count} Fehler in {Errors.Where(e => e.Row is not null).Select(e => e.Row).Distinct().Count()} Zeilen. "
          + string.Join(" ", Errors.Take(3).Select(e => e.Row is { } r ? $"Zeile {r}: {e.Message}" : e.Message));

    internal static TargetImportResult Fail(ImportStatus status, bool dryRun, string message) =>
        new(status, dryRun, [], [new ImportError(null, null, message)]);
}
