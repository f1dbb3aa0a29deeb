using FluentValidation;
using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// The one rule set for monthly figures, shared by the Erfassung grid, the import and the API. Messages are German and
/// name the field as the import file does (Einheit, Kennzahl, Komponente, Monat, Wert). The plausibility rules
/// (<see cref="PlausibilityRules"/>) carry a code of <see cref="FigureFindings"/>; a soft finding has the severity
/// <see cref="Severity.Warning"/>, or <see cref="Severity.Info"/> once confirmed with a reason.
/// </summary>
public sealed class FigureInputValidator : AbstractValidator<FigureInput>
{

    public FigureInputValidator(FigureReference reference, YearMonth currentMonth, FigureOptions options)
    {
        RuleFor(x => new YearMonth(x.Year, x.Month)).Custom((month, context) =>
        {
            if (FigureMonths.Refusal(month, currentMonth) is { } refusal)
            {
                context.AddFailure("Monat", refusal);
            }
        });
        RuleFor(x => x.Value).NotNull().OverridePropertyName("Wert").WithMessage("Bitte eine Zahl eingeben.");
        RuleFor(x => x.ConfirmReason).MaximumLength(FigureFindings.ReasonMaxLength).OverridePropertyName("Grund")
            .WithMessage($"Die Begründung ist zu lang (höchstens {FigureFindings.ReasonMaxLength} Zeichen).");
        RuleFor(x => x).Custom((input, context) =>
        {
            var unit = reference.Unit(input.Unit);
            var component = reference.Component(input.Indicator, input.Component);
            if (unit is null)
            {
                context.AddFailure("Einheit", $"Die Einheit '{input.Unit}' gibt es nicht.");
            }

            if (component is null)
            {
                if (reference.HasIndicator(input.Indicator))
                {
                    context.AddFailure("Komponente", $"Die Komponente '{input.Component}' gehört nicht zur Kennzahl '{input.Indicator}'.");
                }
                else
                {
                    context.AddFailure("Kennzahl", $"Die Kennzahl '{input.Indicator}' gibt es nicht.");
                }
            }

            if (unit is null || component is null || !new YearMonth(input.Year, input.Month).IsValid)
            {
                return;
            }

            CheckUnit(unit, component.Indicator!, input, context);
            if (OrgUnits.CityServing.IsCityIndicator(component.Indicator!) && unit.ExistsIn(input.Year, input.Month)
                && !reference.ServesCity(unit, component.Code, input.Year, input.Month))
            {
                context.AddFailure("Komponente", $"Die Einheit '{unit.Code}' ist im Monat {input.Year:D4}-{input.Month:D2} " +
                    $"nicht für die Stadt '{component.Code}' zuständig; stadtscharfe Zahlen erfasst die zuständige Geschäftsstelle.");
            }

            if (input.Value is { } value && CheckValue(component.Kind, value, context)
                && !PlausibilityRules.CheckHard(reference, unit, component, new YearMonth(input.Year, input.Month), value, context))
            {
                PlausibilityRules.CheckSoft(reference, unit, component, input, value, options, context);
            }
        });
    }

    private static void CheckUnit(OrgUnit unit, Indicator indicator, FigureInput input,
        FluentValidation.ValidationContext<FigureInput> context)
    {
        if (!unit.ExistsIn(input.Year, input.Month))
        {
            context.AddFailure("Einheit", $"Die Einheit '{unit.Code}' besteht im Monat {input.Year:D4}-{input.Month:D2} nicht " +
                $"(gültig {German.Date(unit.ValidFrom)} bis {(unit.ValidTo is { } to ? German.Date(to) : "heute")}).");
        }

        if (!indicator.IsEnteredAt(unit))
        {
            context.AddFailure("Einheit", $"Die Kennzahl '{indicator.Code}' wird nicht auf der Ebene von '{unit.Code}' erfasst " +
                $"(erfasst auf: {indicator.EntryLevels}).");
        }
    }

    /// <summary>Sign and decimals of the kind; true if the value has the right form.</summary>
    private static bool CheckValue(ComponentKind kind, decimal value, FluentValidation.ValidationContext<FigureInput> context)
    {
        var message = kind switch
        {
            _ when value < 0 => "Der Wert darf nicht negativ sein.",
            ComponentKind.Count or ComponentKind.Stock when value != decimal.Truncate(value) =>
                $"{German.Input(value)} ist keine ganze Zahl: Anzahlen und Bestände werden ohne Nachkommastellen erfasst.",
            ComponentKind.Amount when decimal.Round(value, 2) != value => "Ein Euro-Betrag hat höchstens zwei Nachkommastellen.",
            ComponentKind.Hours or ComponentKind.Fte or ComponentKind.Percent when decimal.Round(value, 2) != value =>
                "Höchstens zwei Nachkommastellen.",
            _ => null,
        };
        if (message is not null)
        {
            context.AddFailure("Wert", message);
        }

        return message is null;
    }
}
