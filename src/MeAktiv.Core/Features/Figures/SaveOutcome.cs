namespace MeAktiv.Core.Features.Figures;

/// <summary>How a save of figures ended. Anything but <see cref="Saved"/> means nothing was stored.</summary>
public enum SaveStatus
{
    Saved = 0,
    Invalid = 1,
    Forbidden = 2,
    Closed = 3,
    Conflict = 4,
}

/// <summary>A message about one input of the batch (index into the inputs), for the field it names.</summary>
public sealed record FigureError(int Index, string Field, string Message, string? Code = null);

/// <summary>Someone saved the figure since the user loaded it: who, when, and the value stored now.</summary>
public sealed record FigureConflict(int Index, decimal? StoredValue, Guid? StoredVersion, string? UpdatedBy, DateTime? UpdatedAt);

/// <summary>What a save did (or, in a dry run, would do) to a figure.</summary>
public enum FigureChange
{
    New = 0,
    Changed = 1,
    Unchanged = 2,
}

/// <summary>A stored figure with its new version.</summary>
public sealed record SavedFigure(int Index, decimal Value, Guid Version, FigureChange Change);

/// <summary>The result of saving a batch of figures in one transaction: all stored, or none.</summary>
public sealed record SaveOutcome(
    SaveStatus Status,
    IReadOnlyList<FigureError> Errors,
    IReadOnlyList<FigureConflict> Conflicts,
    IReadOnlyList<SavedFigure> Saved)
{
    public static SaveOutcome Refused(SaveStatus status, IReadOnlyList<FigureError> errors) => new(status, errors, [], []);
}
