using FluentValidation;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>A measure as entered: new (no <see cref="Version"/>) or changed (the version the user saw).</summary>
public sealed record MeasureInput(
    string Title,
    string? Description,
    string UnitCode,
    IReadOnlyList<string> IndicatorCodes,
    string Owner,
    DateOnly StartDate,
    DateOnly DueDate,
    Guid? MeetingId = null,
    Guid? Version = null);

/// <summary>A status change or a plain follow-up entry (<see cref="Status"/> null) of a measure.</summary>
public sealed record FollowUpInput(MeasureStatus? Status, string? Text, Guid Version);

public sealed record CommentInput(string IndicatorCode, string UnitCode, int Year, int Month, string Text, Guid? Version);

public sealed record MeetingInput(MeetingKind Kind, string UnitCode, DateOnly Date, int Year, int Month, string? Participants);

public sealed record MinutesInput(string? Minutes, string? Participants, Guid Version);

/// <summary>The texts' hint and limits shared by the validators and the pages.</summary>
public static class SteuerungTexts
{
    public const string PersonalDataHint =
        "Bitte keine personenbezogenen Daten von Kundinnen und Kunden eintragen (Sozialdatenschutz, § 35 SGB I): nur Aussagen über Zahlen, Teams und Maßnahmen.";
}

public sealed class MeasureInputValidator : AbstractValidator<MeasureInput>
{
    public MeasureInputValidator()
    {
        RuleFor(m => m.Title).NotEmpty().WithMessage("Bitte einen Titel angeben.")
            .MaximumLength(200).WithMessage("Der Titel darf höchstens 200 Zeichen lang sein.");
        RuleFor(m => m.Description).MaximumLength(4000).WithMessage("Die Beschreibung darf höchstens 4.000 Zeichen lang sein.");
        RuleFor(m => m.UnitCode).NotEmpty().WithMessage("Bitte die Einheit angeben.");
        RuleFor(m => m.IndicatorCodes).NotEmpty().WithMessage("Bitte mindestens eine Kennzahl angeben, die die Maßnahme bewegen soll.");
        RuleFor(m => m.Owner).NotEmpty().WithMessage("Bitte eine verantwortliche Person angeben.");
        RuleFor(m => m.DueDate).GreaterThanOrEqualTo(m => m.StartDate)
            .WithMessage("Das Fälligkeitsdatum darf nicht vor dem Beginn liegen.");
        RuleFor(m => m.StartDate).Must(d => YearMonth.IsValidYear(d.Year))
            .WithMessage("Bitte ein gültiges Beginndatum angeben (Jahr 2000 bis 2100).");
        RuleFor(m => m.DueDate).Must(d => YearMonth.IsValidYear(d.Year))
            .WithMessage("Bitte ein gültiges Fälligkeitsdatum angeben (Jahr 2000 bis 2100).");
    }
}

public sealed class FollowUpInputValidator : AbstractValidator<FollowUpInput>
{
    public FollowUpInputValidator()
    {
        RuleFor(f => f.Text).NotEmpty().When(f => f.Status is null).WithMessage("Bitte einen Text für die Nachhaltung eingeben.");
        RuleFor(f => f.Text).MaximumLength(2000).WithMessage("Der Text darf höchstens 2.000 Zeichen lang sein.");
    }
}

public sealed class CommentInputValidator : AbstractValidator<CommentInput>
{
    public CommentInputValidator()
    {
        RuleFor(c => c.Text).NotEmpty().WithMessage("Bitte einen Kommentar eingeben.")
            .MaximumLength(IndicatorComment.MaxTextLength).WithMessage("Der Kommentar darf höchstens 4.000 Zeichen lang sein.");
        RuleFor(c => c.Month).InclusiveBetween(1, 12).WithMessage("Der Monat muss zwischen 1 und 12 liegen.");
        RuleFor(c => c.Year).Must(YearMonth.IsValidYear).WithMessage(YearMonth.YearRangeMessage);
    }
}

public sealed class MeetingInputValidator : AbstractValidator<MeetingInput>
{
    public MeetingInputValidator()
    {
        RuleFor(m => m.UnitCode).NotEmpty().WithMessage("Bitte die Einheit angeben.");
        RuleFor(m => m.Kind).IsInEnum().WithMessage("Unbekannte Art der Sitzung.");
        RuleFor(m => m.Month).InclusiveBetween(1, 12).WithMessage("Der Berichtsmonat muss zwischen 1 und 12 liegen.");
        RuleFor(m => m.Year).Must(YearMonth.IsValidYear).WithMessage(YearMonth.YearRangeMessage);
        RuleFor(m => m.Date).Must(d => YearMonth.IsValidYear(d.Year))
            .WithMessage("Bitte ein gültiges Sitzungsdatum angeben (Jahr 2000 bis 2100).");
        RuleFor(m => m.Participants).MaximumLength(1000).WithMessage("Die Teilnehmenden dürfen höchstens 1.000 Zeichen lang sein.");
    }
}

public sealed class MinutesInputValidator : AbstractValidator<MinutesInput>
{
    public MinutesInputValidator()
    {
        RuleFor(m => m.Minutes).MaximumLength(20000).WithMessage("Das Protokoll darf höchstens 20.000 Zeichen lang sein.");
        RuleFor(m => m.Participants).MaximumLength(1000).WithMessage("Die Teilnehmenden dürfen höchstens 1.000 Zeichen lang sein.");
    }
}
