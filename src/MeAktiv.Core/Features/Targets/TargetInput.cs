using FluentValidation;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Targets;

/// <summary>
/// A new version of the target of <see cref="IndicatorCode"/> at <see cref="UnitCode"/> for <see cref="Year"/>, as entered on
/// the page or sent to <c>PUT /api/v1/targets/{year}/{unit}/{indicator}</c>. <see cref="Version"/> is the number of the
/// current version the user saw (0: no target yet). The target is an absolute <see cref="Value"/> or a
/// <see cref="Change"/> in percent against <see cref="Baseline"/> (then the value is computed from both). Period and
/// phasing (<see cref="PeriodFrom"/>, <see cref="PeriodTo"/>, <see cref="Phasing"/>, <see cref="Plan"/>) left null are
/// taken over from the current version (a new target: the calendar year, the indicator's phasing); rules: <see cref="TargetPeriodRules"/>.
/// </summary>
public sealed record TargetInput(
    int Year,
    string UnitCode,
    string IndicatorCode,
    decimal? Value,
    TargetStatus Status,
    DateOnly DecidedOn,
    string? Note,
    string? Reason,
    decimal? Baseline,
    string? BaselineSource,
    decimal? Change,
    int Version)
{
    public YearMonth? PeriodFrom { get; init; }

    public YearMonth? PeriodTo { get; init; }

    public TargetPhasing? Phasing { get; init; }

    /// <summary>The monthly plan of <see cref="TargetPhasing.Plan"/>: one amount per month of the period.</summary>
    public IReadOnlyList<decimal>? Plan { get; init; }
}

public sealed class TargetInputValidator : AbstractValidator<TargetInput>
{
    public TargetInputValidator()
    {
        RuleFor(t => t.Year).InclusiveBetween(2000, 2100).WithMessage("Bitte ein gültiges Zieljahr angeben (2000 bis 2100).");
        RuleFor(t => t.Status).IsInEnum().WithMessage("Unbekannter Status: erlaubt sind Planungsangebot, Vorlaeufig, Final und Angepasst.");
        RuleFor(t => t.DecidedOn).Must(d => d.Year >= 2000 && d.Year <= 2100)
            .WithMessage("Bitte das Datum der Entscheidung angeben (TT.MM.JJJJ).");
        RuleFor(t => t.Reason).NotEmpty().When(t => t.Status == TargetStatus.Angepasst)
            .WithMessage("Eine Anpassung braucht eine Begründung.");
        RuleFor(t => t.Reason).MaximumLength(500).WithMessage("Die Begründung darf höchstens 500 Zeichen lang sein.");
        RuleFor(t => t.Note).MaximumLength(500).WithMessage("Die Notiz darf höchstens 500 Zeichen lang sein.");
        RuleFor(t => t.BaselineSource).MaximumLength(300).WithMessage("Die Quelle des Ausgangswerts darf höchstens 300 Zeichen lang sein.");
        RuleFor(t => t.Value).InclusiveBetween(-1_000_000_000m, 1_000_000_000m).When(t => t.Value is not null)
            .WithMessage("Der Zielwert liegt außerhalb des zulässigen Bereichs.");
        RuleFor(t => t.Baseline).InclusiveBetween(-1_000_000_000m, 1_000_000_000m).When(t => t.Baseline is not null)
            .WithMessage("Der Ausgangswert liegt außerhalb des zulässigen Bereichs.");
        RuleFor(t => t.Change).InclusiveBetween(-100m, 1000m).When(t => t.Change is not null)
            .WithMessage("Die Veränderung muss zwischen −100 % und +1.000 % liegen.");
        RuleFor(t => t.Baseline).NotNull().When(t => t.Change is not null)
            .WithMessage("Eine Veränderung braucht einen Ausgangswert.");
        RuleFor(t => t.Value).Null().When(t => t.Change is not null && t.Value is not null && t.Baseline is null)
            .WithMessage("Bitte entweder einen Zielwert oder eine Veränderung gegenüber dem Ausgangswert angeben.");
        RuleFor(t => t.Value).NotNull().When(t => t.Status is TargetStatus.Final or TargetStatus.Angepasst && t.Change is null)
            .WithMessage("Ein endgültiges oder angepasstes Ziel braucht einen Zielwert.");
        RuleFor(t => t.Version).GreaterThanOrEqualTo(0)
            .WithMessage("Bitte die zuletzt gelesene Version angeben (0 für ein neues Ziel).");
    }
}

/// <summary>Status names as the API and the pages accept them (enum names, also the German words).</summary>
public static class TargetStatusNames
{
    public static TargetStatus? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "planungsangebot" => TargetStatus.Planungsangebot,
        "vorlaeufig" or "vorläufig" => TargetStatus.Vorlaeufig,
        "final" or "endgültig" or "endgueltig" => TargetStatus.Final,
        "angepasst" => TargetStatus.Angepasst,
        _ => null,
    };

    /// <summary>German wording on pages and in exports.</summary>
    public static string Text(TargetStatus status) => status switch
    {
        TargetStatus.Planungsangebot => "Planungsangebot",
        TargetStatus.Vorlaeufig => "vorläufig",
        TargetStatus.Final => "endgültig",
        TargetStatus.Angepasst => "angepasst",
        _ => status.ToString(),
    };
}
