namespace MeAktiv.Core.Domain;

/// <summary>
/// The field rules of a <see cref="QualitativeTarget"/>, one place for the maintenance (FluentValidation in
/// <c>Features/QualitativeTargets</c>) and the seed file: German messages per field.
/// </summary>
public static class QualitativeTargetRules
{
    public const int TitleMax = 200;
    public const int TextMax = 2000;
    public const int OwnerMax = 256;
    public const int SourceMax = 200;

    public static IEnumerable<(string Field, string Message)> Problems(int year, string? title, string? description, string? owner,
        DateOnly dueDate, string? evidence, string? source)
    {
        if (year is < 2000 or > 2100)
        {
            yield return ("Year", "Bitte ein gültiges Jahr angeben (2000 bis 2100).");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            yield return ("Title", "Bitte einen Titel angeben.");
        }
        else if (title.Trim().Length > TitleMax)
        {
            yield return ("Title", $"Der Titel darf höchstens {TitleMax} Zeichen lang sein.");
        }

        if (string.IsNullOrWhiteSpace(owner))
        {
            yield return ("Owner", "Bitte angeben, wer verantwortlich ist (Konto oder Funktion).");
        }
        else if (owner.Trim().Length > OwnerMax)
        {
            yield return ("Owner", $"Die Verantwortlichkeit darf höchstens {OwnerMax} Zeichen lang sein.");
        }

        if (dueDate.Year < year || dueDate.Year > year + 1)
        {
            yield return ("DueDate", $"Das Fälligkeitsdatum muss im Jahr {year} oder {year + 1} liegen (TT.MM.JJJJ).");
        }

        if (description?.Length > TextMax)
        {
            yield return ("Description", $"Die Beschreibung darf höchstens {TextMax} Zeichen lang sein.");
        }

        if (evidence?.Length > TextMax)
        {
            yield return ("Evidence", $"Der Nachweis darf höchstens {TextMax} Zeichen lang sein.");
        }

        if (source?.Length > SourceMax)
        {
            yield return ("Source", $"Die Quelle darf höchstens {SourceMax} Zeichen lang sein.");
        }
    }
}
