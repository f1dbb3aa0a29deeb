namespace MeAktiv.Core.Features.OrgUnits;

/// <summary>Why a master-data change was refused (the API maps it to 404, 403, 400 or 409).</summary>
public enum MasterDataFailure
{
    None = 0,
    NotFound = 1,
    Forbidden = 2,
    Invalid = 3,
    Conflict = 4,
}

/// <summary>
/// The outcome of a master-data change: the changed object's key and new version, or why it was refused (German
/// messages, per field for invalid input). Nothing is changed when refused.
/// </summary>
public sealed record MasterDataResult(bool Ok, string? Key, Guid? Version, MasterDataFailure Failure, IReadOnlyList<string> Errors,
    IReadOnlyDictionary<string, string[]>? FieldErrors = null)
{
    public string Error => string.Join(" ", Errors);

    public static MasterDataResult Done(string key, Guid version) => new(true, key, version, MasterDataFailure.None, []);

    public static MasterDataResult NotFound(string message) => new(false, null, null, MasterDataFailure.NotFound, [message]);

    public static MasterDataResult Forbidden() =>
        new(false, null, null, MasterDataFailure.Forbidden, ["Stammdaten pflegen nur die Administration und die Geschäftsführung."]);

    public static MasterDataResult Invalid(params string[] messages) => new(false, null, null, MasterDataFailure.Invalid, messages);

    public static MasterDataResult Invalid(FluentValidation.Results.ValidationResult validation) => new(false, null, null,
        MasterDataFailure.Invalid, validation.Errors.Select(e => e.ErrorMessage).Distinct().ToList(),
        validation.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()));

    public static MasterDataResult Conflict(string what) => new(false, null, null, MasterDataFailure.Conflict,
        [$"{what} wurde inzwischen geändert. Bitte neu laden und erneut speichern."]);
}
