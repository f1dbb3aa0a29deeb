using FluentValidation;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.OrgUnits;

/// <summary>A new unit: code, name, level, its parent (every unit but the Jobcenter has one), team kind, first day.</summary>
public sealed record NewOrgUnit(string Code, string Name, OrgUnitKind Kind, string? Parent, string? TeamKind, DateOnly ValidFrom);

/// <summary>What happens to the accounts assigned to a unit that closes.</summary>
public enum LeadAccounts
{
    /// <summary>The accounts keep the closed unit (they still read its history).</summary>
    Behalten = 0,

    /// <summary>Accounts with no other open unit are deactivated.</summary>
    Deaktivieren = 1,

    /// <summary>The accounts are assigned to the unit's one successor instead.</summary>
    Nachfolger = 2,
}

/// <summary>A successor link as entered: the successor's code, the date, the share in percent (null: the stock moved)
/// and optionally one component (<c>K2/ELB</c>).</summary>
public sealed record SuccessorInput(string Successor, DateOnly Date, decimal? Share = null, string? Component = null);

/// <summary>A city the unit serves from <see cref="ValidFrom"/> to <see cref="ValidTo"/> (open while null).</summary>
public sealed record CityInput(string City, DateOnly ValidFrom, DateOnly? ValidTo = null);

/// <summary>
/// The state of a unit after the change (PUT semantics): name, parent (a move), team kind, last day (a close; null: open)
/// and, when given, the whole list of its successor links and cities (null: unchanged). <see cref="Version"/> is the
/// version the user saw; <see cref="Accounts"/> is needed when closing a unit that has accounts.
/// </summary>
public sealed record OrgUnitChange(
    string Name,
    string? Parent,
    string? TeamKind,
    DateOnly? ValidTo,
    Guid Version,
    LeadAccounts? Accounts = null,
    IReadOnlyList<SuccessorInput>? Successors = null,
    IReadOnlyList<CityInput>? Cities = null);

public sealed class NewOrgUnitValidator : AbstractValidator<NewOrgUnit>
{
    public NewOrgUnitValidator()
    {
        RuleFor(u => u.Code).NotEmpty().WithMessage("Bitte einen Code angeben.")
            .Matches("^[A-Z0-9-]{1,20}$").WithMessage("Der Code besteht aus höchstens 20 Großbuchstaben, Ziffern und Bindestrichen.");
        RuleFor(u => u.Name).NotEmpty().WithMessage("Bitte einen Namen angeben.")
            .MaximumLength(120).WithMessage("Der Name darf höchstens 120 Zeichen lang sein.");
        RuleFor(u => u.Kind).IsInEnum().WithMessage("Unbekannte Ebene.")
            .NotEqual(OrgUnitKind.Jobcenter).WithMessage("Es gibt genau ein Jobcenter; neue Einheiten liegen darunter.");
        RuleFor(u => u.Parent).NotEmpty().WithMessage("Bitte die übergeordnete Einheit angeben.");
        RuleFor(u => u.TeamKind).MaximumLength(60).WithMessage("Die Teamart darf höchstens 60 Zeichen lang sein.");
        RuleFor(u => u.ValidFrom).Must(d => d.Year is >= 2000 and <= 2100).WithMessage("Bitte ein gültiges Datum „gültig ab“ angeben.");
    }
}

public sealed class OrgUnitChangeValidator : AbstractValidator<OrgUnitChange>
{
    public OrgUnitChangeValidator()
    {
        RuleFor(u => u.Name).NotEmpty().WithMessage("Bitte einen Namen angeben.")
            .MaximumLength(120).WithMessage("Der Name darf höchstens 120 Zeichen lang sein.");
        RuleFor(u => u.TeamKind).MaximumLength(60).WithMessage("Die Teamart darf höchstens 60 Zeichen lang sein.");
        RuleFor(u => u.Accounts).IsInEnum().WithMessage("Unbekannte Wahl für die Konten (Behalten, Deaktivieren, Nachfolger).");
        RuleForEach(u => u.Successors).ChildRules(s =>
        {
            s.RuleFor(x => x.Successor).NotEmpty().WithMessage("Bitte die Nachfolgeeinheit angeben.");
            s.RuleFor(x => x.Share).InclusiveBetween(0.0001m, 100m).When(x => x.Share is not null)
                .WithMessage("Der Anteil liegt über 0 und höchstens bei 100 %.");
            s.RuleFor(x => x.Component).Matches("^[A-Za-z0-9-]+/[A-Za-z0-9-]+$").When(x => x.Component is not null)
                .WithMessage("Die Komponente wird als Kennzahl/Komponente angegeben, z. B. K2/ELB.");
        });
        RuleForEach(u => u.Cities).ChildRules(c =>
        {
            c.RuleFor(x => x.City).NotEmpty().WithMessage("Bitte die Stadt angeben.");
            c.RuleFor(x => x.ValidTo).GreaterThanOrEqualTo(x => x.ValidFrom).When(x => x.ValidTo is not null)
                .WithMessage("Das Ende einer Stadtzuordnung liegt nicht vor ihrem Beginn.");
        });
    }
}
