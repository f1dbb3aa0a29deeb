namespace MeAktiv.Core.Features.Targets;

public enum TargetFailure
{
    None,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>What a save did to the target: a first version, a further version, or nothing (the same as the current one).</summary>
public enum TargetChange
{
    New,
    Changed,
    Unchanged,
}

/// <summary>The new version of a target, or why nothing was saved (German text; <see cref="Errors"/> per field).</summary>
public sealed record TargetSaveResult(TargetVersionView? Saved, TargetFailure Failure, string? Error,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Ok => Saved is not null;

    /// <summary>What the save did (only when <see cref="Ok"/>).</summary>
    public TargetChange Change { get; init; }

    public static TargetSaveResult Done(TargetVersionView saved, TargetChange change = TargetChange.Changed) =>
        new(saved, TargetFailure.None, null) { Change = change };

    public static TargetSaveResult Fail(TargetFailure failure, string error) => new(null, failure, error);

    public static TargetSaveResult Invalid(string field, string error) =>
        new(null, TargetFailure.Invalid, error, new Dictionary<string, string[]> { [field] = [error] });

    public static TargetSaveResult Invalid(IReadOnlyDictionary<string, string> problems) => new(null, TargetFailure.Invalid,
        string.Join(" ", problems.Values), problems.ToDictionary(p => p.Key, p => new[] { p.Value }));

    public static TargetSaveResult Invalid(FluentValidation.Results.ValidationResult validation) => new(null, TargetFailure.Invalid,
        string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct()),
        validation.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
}

/// <summary>One version of a target as the pages and the API show it (newest first in a history).</summary>
public sealed record TargetVersionView(
    int Year,
    string Unit,
    string Indicator,
    int Version,
    decimal? Value,
    Domain.TargetStatus Status,
    DateOnly DecidedOn,
    string? Note,
    string? Reason,
    decimal? Baseline,
    string? BaselineSource,
    decimal? Change,
    string CreatedBy,
    DateTime CreatedAt)
{
    /// <summary>The version's period and plan; <see cref="Phasing"/> is the phasing in effect.</summary>
    public Kennzahlen.TargetProfile Profile { get; init; } = Kennzahlen.TargetProfile.CalendarYear(Year);

    public Domain.TargetPhasing Phasing { get; init; }

    public static TargetVersionView Of(int year, string unit, string indicator, Domain.TargetVersion v,
        Domain.PhasingKind indicatorPhasing = Domain.PhasingKind.Linear) => new(year, unit, indicator,
        v.Number, v.Value, v.Status, v.DecidedOn, v.Note, v.Reason, v.Baseline, v.BaselineSource, v.Change, v.CreatedBy, v.CreatedAt)
    {
        Profile = Kennzahlen.TargetProfile.Of(year, v),
        Phasing = Kennzahlen.TargetProfile.Effective(v.Phasing, indicatorPhasing),
    };
}
