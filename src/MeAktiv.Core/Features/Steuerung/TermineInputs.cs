using FluentValidation;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>A fixed date as entered: new (no <see cref="Version"/>; <see cref="Code"/> required) or changed (the code
/// comes from the address, the version is the one the user saw).</summary>
public sealed record FixedDateInput(string? Code, DateOnly? Date, string? Title, string? Description,
    IReadOnlyList<string>? Audience, bool Yearly = false, string? Source = null, Guid? Version = null);

/// <summary>A recurring meeting as entered (see <see cref="RecurringDate"/>).</summary>
public sealed record RecurringDateInput(string? Code, string? Title, string? Description, string? UnitCode, OrgUnitKind? EachKind,
    RecurrencePattern Pattern, int Day, DayOfWeek? Weekday, DateOnly? From, DateOnly? To,
    IReadOnlyList<string>? Audience, string? Source = null, Guid? Version = null);

/// <summary>The rules both kinds of Termine share: code, title, texts, audience.</summary>
internal static class TerminRules
{
    public const string CodePattern = "^[A-Z0-9][A-Z0-9-]{0,39}$";

    public static void Common<T>(AbstractValidator<T> v, Func<T, string?> code, Func<T, string?> title, Func<T, string?> description,
        Func<T, IReadOnlyList<string>?> audience, Func<T, string?> source)
    {
        v.RuleFor(x => code(x)).Matches(CodePattern).When(x => code(x) is not null).OverridePropertyName("Code")
            .WithMessage("Der Code besteht aus Großbuchstaben, Ziffern und Bindestrichen (höchstens 40 Zeichen), z. B. MESSE-2015.");
        v.RuleFor(x => title(x)).NotEmpty().OverridePropertyName("Title").WithMessage("Bitte einen Titel angeben.")
            .MaximumLength(200).WithMessage("Der Titel darf höchstens 200 Zeichen lang sein.");
        v.RuleFor(x => description(x)).MaximumLength(1000).OverridePropertyName("Description")
            .WithMessage("Die Beschreibung darf höchstens 1.000 Zeichen lang sein.");
        v.RuleFor(x => source(x)).MaximumLength(200).OverridePropertyName("Source")
            .WithMessage("Die Quelle darf höchstens 200 Zeichen lang sein.");
        v.RuleFor(x => audience(x)).NotEmpty().OverridePropertyName("Audience")
            .WithMessage("Bitte mindestens eine Rolle angeben, die der Termin betrifft.")
            .Must(a => a is null || a.All(r => Security.Roles.All.Contains(r))).OverridePropertyName("Audience")
            .WithMessage($"Unbekannte Rolle (erlaubt: {string.Join(", ", Security.Roles.All)}).");
    }

    public static string Audience(IReadOnlyList<string>? roles) => string.Join(",", Security.Roles.All.Where(r => roles?.Contains(r) == true));

    public static IReadOnlyList<string> Roles(string audience) =>
        audience.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class FixedDateInputValidator : AbstractValidator<FixedDateInput>
{
    public FixedDateInputValidator()
    {
        TerminRules.Common(this, d => d.Code, d => d.Title, d => d.Description, d => d.Audience, d => d.Source);
        RuleFor(d => d.Date).NotNull().WithMessage("Bitte ein Datum angeben.")
            .Must(d => d is null || YearMonth.IsValidYear(d.Value.Year)).WithMessage("Bitte ein gültiges Datum angeben (Jahr 2000 bis 2100).");
    }
}

public sealed class RecurringDateInputValidator : AbstractValidator<RecurringDateInput>
{
    public RecurringDateInputValidator()
    {
        TerminRules.Common(this, d => d.Code, d => d.Title, d => d.Description, d => d.Audience, d => d.Source);
        RuleFor(d => d.UnitCode).NotEmpty().WithMessage("Bitte die Einheit angeben.");
        RuleFor(d => d.EachKind).IsInEnum().WithMessage("Unbekannte Art der Einheit.");
        RuleFor(d => d.Pattern).IsInEnum().WithMessage("Unbekannte Regel (erlaubt: DayOfMonth, NthWeekday).");
        RuleFor(d => d.Day).InclusiveBetween(1, 31).When(d => d.Pattern == RecurrencePattern.DayOfMonth)
            .WithMessage("Der Tag im Monat muss zwischen 1 und 31 liegen.");
        RuleFor(d => d.Day).InclusiveBetween(1, Recurrence.Last).When(d => d.Pattern == RecurrencePattern.NthWeekday)
            .WithMessage("Der wievielte Wochentag: 1 bis 4, 5 für den letzten im Monat.");
        RuleFor(d => d.Weekday).NotNull().When(d => d.Pattern == RecurrencePattern.NthWeekday)
            .WithMessage("Bitte den Wochentag angeben.").IsInEnum().WithMessage("Unbekannter Wochentag.");
        RuleFor(d => d.From).NotNull().WithMessage("Bitte angeben, ab wann der Termin gilt.")
            .Must(d => d is null || YearMonth.IsValidYear(d.Value.Year)).WithMessage("Bitte ein gültiges Anfangsdatum angeben (Jahr 2000 bis 2100).");
        RuleFor(d => d.To).Must((d, to) => to is null || (YearMonth.IsValidYear(to.Value.Year) && (d.From is null || to >= d.From)))
            .WithMessage("Das Ende darf nicht vor dem Anfang liegen (Jahr 2000 bis 2100).");
    }
}
