namespace MeAktiv.Core.Features.Figures;

/// <summary>How a save of figures ended. Anything but <see cref="Saved"/> means nothing was stored.</summary>
public enum SaveStatus
{
    Saved = 0,
    Invalid = 1,
    Forbidden = 2,
    Closed = 3,
    Conflict = 4,

    /// <summary>Soft plausibility findings (<see cref="FigureFindings.IsSoft"/>) wait for a confirmation with a reason.</summary>
    NeedsConfirmation = 5,
}

/// <summary>
/// A message about one input of the batch (index into the inputs), for the field it names; <see cref="Code"/> is the
/// plausibility rule's (<see cref="FigureFindings"/>), <see cref="Confirmed"/> a soft finding confirmed with a reason.
/// </summary>
public sealed record FigureError(int Index, string Field, string Message, string? Code = null, bool Confirmed = false)
{
    /// <summary>A soft plausibility finding: a confirmation with a reason accepts it.</summary>
    public bool IsSoft => FigureFindings.IsSoft(Code);
}

/// <summary>Someone saved the figure since the user loaded it: who, when, and the value stored now.</summary>
public sealed record FigureConflict(int Index, decimal? StoredValue, Guid? StoredVersion, string? UpdatedBy, DateTime? UpdatedAt);

/// <summary>What a save did (or, in a dry run, would do) to a figure.</summary>
public enum FigureChange
{
    New = 0,
    Changed = 1,
    Unchanged = 2,
}

/// <summary>A stored figure with its new version; <see cref="Previous"/>: the value stored before (null: a new figure).</summary>
public readonly record struct SavedFigure(int Index, decimal Value, Guid Version, FigureChange Change, decimal? Previous = null);

/// <summary>
/// The result of saving a batch of figures in one transaction: all stored, or none. <see cref="Warnings"/>: the soft
/// findings of a stored batch (confirmed) or of a dry run (confirmed or not). <see cref="Saved"/> is in input order.
/// </summary>
public sealed record SaveOutcome(
    SaveStatus Status,
    IReadOnlyList<FigureError> Errors,
    IReadOnlyList<FigureConflict> Conflicts,
    IReadOnlyList<SavedFigure> Saved,
    IReadOnlyList<FigureError>? Warnings = null)
{
    public IReadOnlyList<FigureError> Warnings { get; init; } = Warnings ?? [];

    public static SaveOutcome Refused(SaveStatus status, IReadOnlyList<FigureError> errors) => new(status, errors, [], []);
}
