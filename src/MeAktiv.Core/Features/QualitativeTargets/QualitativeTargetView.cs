using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.QualitativeTargets;

/// <summary>A qualitative target as pages and the API show it; <see cref="IsOverdue"/> as of today (Berlin).</summary>
public sealed record QualitativeTargetView(
    Guid Id,
    string Code,
    int Year,
    string Unit,
    string UnitName,
    string Title,
    string? Description,
    string Owner,
    DateOnly DueDate,
    DutyStatus Status,
    string? Evidence,
    string? Source,
    string UpdatedBy,
    DateTime UpdatedAt,
    Guid Version,
    bool IsOverdue)
{
    /// <summary>The caller may change every field.</summary>
    public bool CanEdit { get; init; }

    /// <summary>The caller may set status and evidence (maintainer or owner).</summary>
    public bool CanSetStatus { get; init; }

    public string StatusText => DutyStatusNames.Text(Status);

    /// <summary>What the Zielübersicht, the review (frozen in snapshots) and the agenda show of it.</summary>
    public DutyLine Line => new(Code, Title, Unit, Owner, DueDate, Status, Evidence, Source, IsOverdue);

    internal static QualitativeTargetView Of(QualitativeTarget q, OrgUnit unit, DateOnly today) => new(q.Id, q.Code, q.Year,
        unit.Code, unit.Name, q.Title, q.Description, q.Owner, q.DueDate, q.Status, q.Evidence, q.Source, q.UpdatedBy, q.UpdatedAt,
        q.Version, q.IsOverdueOn(today));
}

/// <summary>A qualitative target as shown in lists: status, due date, overdue (as of when it was read) and evidence.</summary>
public sealed record DutyLine(string Code, string Title, string Unit, string Owner, DateOnly DueDate, DutyStatus Status, string? Evidence,
    string? Source, bool IsOverdue)
{
    public string StatusText => DutyStatusNames.Text(Status);
}

public enum QualitativeTargetFailure
{
    None,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>The saved target, or why nothing was saved (German text; <see cref="Errors"/> per field).</summary>
public sealed record QualitativeTargetResult(QualitativeTargetView? Saved, QualitativeTargetFailure Failure, string? Error,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Ok => Saved is not null;

    public static QualitativeTargetResult Done(QualitativeTargetView saved) => new(saved, QualitativeTargetFailure.None, null);

    public static QualitativeTargetResult Fail(QualitativeTargetFailure failure, string error) => new(null, failure, error);

    public static QualitativeTargetResult Invalid(string field, string error) =>
        new(null, QualitativeTargetFailure.Invalid, error, new Dictionary<string, string[]> { [field] = [error] });

    public static QualitativeTargetResult Invalid(FluentValidation.Results.ValidationResult validation) => new(null,
        QualitativeTargetFailure.Invalid, string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct()),
        validation.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
}
