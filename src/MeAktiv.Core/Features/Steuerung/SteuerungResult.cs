using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The outcome of a change in the review process: the id of the changed row and its new version, or why it was
/// refused (German text; <see cref="Errors"/> per field for invalid input). Nothing is changed when refused.
/// </summary>
public sealed record SteuerungResult(bool Ok, Guid? Id, Guid? Version, string? Error, WorkflowFailure Failure,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static SteuerungResult Done(Guid id, Guid version) => new(true, id, version, null, WorkflowFailure.None);

    public static SteuerungResult Fail(WorkflowFailure failure, string error) => new(false, null, null, error, failure);

    public static SteuerungResult NotFound(string what) => Fail(WorkflowFailure.NotFound, $"{what} gibt es nicht.");

    public static SteuerungResult Forbidden(string error) => Fail(WorkflowFailure.Forbidden, error);

    public static SteuerungResult Invalid(FluentValidation.Results.ValidationResult validation) => new(false, null, null,
        string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct()), WorkflowFailure.Invalid,
        validation.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()));

    public static SteuerungResult Conflict(string who, DateTime at) => Fail(WorkflowFailure.Conflict,
        $"{who} hat den Eintrag inzwischen geändert ({Common.German.Time(at)}). Bitte neu laden und erneut speichern.");
}
