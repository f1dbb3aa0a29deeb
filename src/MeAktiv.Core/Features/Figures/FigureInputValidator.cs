using FluentValidation;
using FluentValidation.Results;
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
    /// <summary>The error codes FluentValidation's own NotNull and MaximumLength rules gave these failures.</summary>
    private const string NotNullCode = "NotNullValidator";
    private const string MaximumLengthCode = "MaximumLengthValidator";

    private readonly FigureReference _reference;
    private readonly YearMonth _currentMonth;
    private readonly FigureOptions _options;

    public FigureInputValidator(FigureReference reference, YearMonth currentMonth, FigureOptions options)
    {
        (_reference, _currentMonth, _options) = (reference, currentMonth, options);
        RuleFor(x => x).Custom((input, context) =>
        {
            foreach (var failure in Check(input, []))
            {
                context.AddFailure(failure);
            }
        });
    }

    /// <summary>
    /// The rules themselves, in their order: the month, the value's presence, the reason's length, then unit, component
    /// and value. <see cref="FluentValidation.IValidator{T}.Validate"/> reports exactly these failures; a large batch
    /// calls this directly with one list for all its inputs, without a validation context and result per input.
    /// </summary>
    /// <param name="input">The figure.</param>
    /// <param name="failures">Where the failures are added (cleared first).</param>
    /// <returns><paramref name="failures"/>.</returns>
    public List<ValidationFailure> Check(FigureInput input, List<ValidationFailure> failures)
    {
        failures.Clear();
        if (FigureMonths.Refusal(new YearMonth(input.Year, input.Month), _currentMonth) is { } refusal)
        {
            failures.Add(new ValidationFailure("Monat", refusal));
        }

        if (input.Value is null)
        {
            failures.Add(new ValidationFailure("Wert", "Bitte eine Zahl eingeben.") { ErrorCode = NotNullCode });
        }

        if (input.ConfirmReason?.Length > FigureFindings.ReasonMaxLength)
        {
            failures.Add(new ValidationFailure("Grund", $"Die Begründung ist zu lang (höchstens {FigureFindings.ReasonMaxLength} Zeichen).")
            {
                AttemptedValue = input.ConfirmReason, ErrorCode = MaximumLengthCode,
            });
        }

        CheckFigure(input, failures);
        return failures;
    }

    private void CheckFigure(FigureInput input, List<ValidationFailure> failures)
    {
        var reference = _reference;
        var unit = reference.Unit(input.Unit);
        var component = reference.Component(input.Indicator, input.Component);
        if (unit is null)
        {
            failures.Add(new("Einheit", $"Die Einheit '{input.Unit}' gibt es nicht."));
        }

        if (component is null)
        {
            if (reference.HasIndicator(input.Indicator))
            {
                failures.Add(new("Komponente", $"Die Komponente '{input.Component}' gehört nicht zur Kennzahl '{input.Indicator}'."));
            }
            else
            {
                failures.Add(new("Kennzahl", $"Die Kennzahl '{input.Indicator}' gibt es nicht."));
            }
        }

        if (unit is null || component is null || !new YearMonth(input.Year, input.Month).IsValid)
        {
            return;
        }

        CheckUnit(unit, component.Indicator!, input, failures);
        if (OrgUnits.CityServing.IsCityIndicator(component.Indicator!) && unit.ExistsIn(input.Year, input.Month)
            && !reference.ServesCity(unit, component.Code, input.Year, input.Month))
        {
            failures.Add(new("Komponente", $"Die Einheit '{unit.Code}' ist im Monat {input.Year:D4}-{input.Month:D2} " +
                $"nicht für die Stadt '{component.Code}' zuständig; stadtscharfe Zahlen erfasst die zuständige Geschäftsstelle."));
        }

        if (input.Value is { } value && CheckValue(component.Kind, value, failures)
            && !PlausibilityRules.CheckHard(reference, unit, component, new YearMonth(input.Year, input.Month), value, failures))
        {
            PlausibilityRules.CheckSoft(reference, unit, component, input, value, _options, failures);
        }
    }

    private static void CheckUnit(OrgUnit unit, Indicator indicator, FigureInput input,
        List<ValidationFailure> failures)
    {
        if (!unit.ExistsIn(input.Year, input.Month))
        {
            failures.Add(new("Einheit", $"Die Einheit '{unit.Code}' besteht im Monat {input.Year:D4}-{input.Month:D2} nicht " +
                $"(gültig {German.Date(unit.ValidFrom)} bis {(unit.ValidTo is { } to ? German.Date(to) : "heute")})."));
        }

        if (!indicator.IsEnteredAt(unit))
        {
            failures.Add(new("Einheit", $"Die Kennzahl '{indicator.Code}' wird nicht auf der Ebene von '{unit.Code}' erfasst " +
                $"(erfasst auf: {indicator.EntryLevels})."));
        }
    }

    /// <summary>Sign and decimals of the kind; true if the value has the right form.</summary>
    private static bool CheckValue(ComponentKind kind, decimal value, List<ValidationFailure> failures)
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
            failures.Add(new("Wert", message));
        }

        return message is null;
    }
}
