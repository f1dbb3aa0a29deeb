using FluentValidation;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.QualitativeTargets;

/// <summary>
/// A qualitative target as entered on <c>/ziele/pflichten</c> or sent to <c>POST/PUT /api/v1/qualitative-targets</c>.
/// <see cref="Code"/> is optional on create (one is made up) and ignored on a change; <see cref="Version"/> is the
/// version the user saw (required on a change, else 409).
/// </summary>
public sealed record QualitativeTargetInput(
    int Year,
    string UnitCode,
    string Title,
    string? Description,
    string Owner,
    DateOnly DueDate,
    DutyStatus Status,
    string? Evidence,
    string? Source,
    string? Code = null,
    Guid? Version = null);

public sealed class QualitativeTargetInputValidator : AbstractValidator<QualitativeTargetInput>
{
    public QualitativeTargetInputValidator()
    {
        RuleFor(q => q.UnitCode).NotEmpty().WithMessage("Bitte eine Einheit angeben.");
        RuleFor(q => q.Status).IsInEnum().WithMessage("Unbekannter Status: erlaubt sind offen, in Arbeit, erledigt und entfallen.");
        RuleFor(q => q.Evidence).NotEmpty().When(q => q.Status == DutyStatus.Done)
            .WithMessage("Eine erledigte Pflicht braucht einen Nachweis.");
        RuleFor(q => q.Code).Matches("^[A-Z0-9-]{1,20}$").When(q => !string.IsNullOrEmpty(q.Code))
            .WithMessage("Der Code besteht aus Großbuchstaben, Ziffern und Bindestrichen (höchstens 20 Zeichen).");
        RuleFor(q => q).Custom((q, context) =>
        {
            foreach (var (field, message) in QualitativeTargetRules.Problems(q.Year, q.Title, q.Description, q.Owner, q.DueDate,
                q.Evidence, q.Source))
            {
                context.AddFailure(field, message);
            }
        });
    }
}

/// <summary>Status names as the API accepts them (the enum names and the German words) and as pages show them.</summary>
public static class DutyStatusNames
{
    public static DutyStatus? Parse(string? text) => text?.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal) switch
    {
        "open" or "offen" => DutyStatus.Open,
        "inprogress" or "inarbeit" => DutyStatus.InProgress,
        "done" or "erledigt" => DutyStatus.Done,
        "dropped" or "entfallen" => DutyStatus.Dropped,
        _ => null,
    };

    public static string Text(DutyStatus status) => status switch
    {
        DutyStatus.Open => "offen",
        DutyStatus.InProgress => "in Arbeit",
        DutyStatus.Done => "erledigt",
        DutyStatus.Dropped => "entfallen",
        _ => status.ToString(),
    };
}
