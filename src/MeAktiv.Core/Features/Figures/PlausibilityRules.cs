using FluentValidation;
using FluentValidation.Results;
using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// The plausibility rules of <see cref="FigureInputValidator"/> (docs/kennzahlen.md, "Plausibilitätsregeln"). Hard:
/// a value above the component's bound, a part larger than its whole (also a whole lowered below a stored part).
/// Soft (severity <see cref="Severity.Warning"/>; <see cref="Severity.Info"/> once confirmed with a reason): a jump
/// against last month or the same month last year, a value far above the last 12 months.
/// </summary>
internal static class PlausibilityRules
{
    /// <summary>A jump counts only where the larger of the two values reaches this, so that small numbers never ask.</summary>
    public static decimal JumpMinimum(ComponentKind kind) => kind switch
    {
        ComponentKind.Count => 20m,
        ComponentKind.Stock => 100m,
        ComponentKind.Amount => 10_000m,
        ComponentKind.Hours => 100m,
        _ => 5m, // VZÄ, percent
    };

    /// <summary>Checks the bound and the part/whole pairs; true if the value broke one of them.</summary>
    public static bool CheckHard(FigureReference reference, OrgUnit unit, IndicatorComponent component, YearMonth month,
        decimal value, List<ValidationFailure> failures)
    {
        var broken = false;
        var max = ComponentLimits.MaxValue(component);
        if (value > max)
        {
            Add(failures, FigureFindings.AboveLimit, component is { Kind: ComponentKind.Percent, MaxValue: null }
                ? "Ein Prozentwert muss zwischen 0 und 100 liegen."
                : $"Der Wert {German.Input(value)} liegt über der Obergrenze von {German.Input(max)} für „{component.Name}“ je Einheit und Monat. " +
                  "Bitte prüfen (Tippfehler?).");
            broken = true;
        }

        // A negative whole of the same batch is refused on its own; comparing with it would only repeat that.
        if (reference.WholeOf(component) is { } whole && reference.Value(unit, whole, month) is { } wholeValue
            && wholeValue >= 0 && value > wholeValue)
        {
            Add(failures, FigureFindings.PartExceedsWhole, PartText(component, value, whole, wholeValue));
            broken = true;
        }

        // A part of the batch reports itself (above); a stored part is reported at the whole that would fall below it.
        foreach (var part in reference.PartsOf(component))
        {
            if (!reference.InBatch(unit, part, month) && reference.Value(unit, part, month) is { } partValue && partValue > value)
            {
                Add(failures, FigureFindings.PartExceedsWhole,
                    PartText(part, partValue, component, value) + $" Bitte zugleich „{part.Name}“ korrigieren.");
                broken = true;
            }
        }

        return broken;
    }

    /// <summary>Adds the soft findings: jumps against last month and the same month last year, far above the last 12 months.</summary>
    public static void CheckSoft(FigureReference reference, OrgUnit unit, IndicatorComponent component, FigureInput input,
        decimal value, FigureOptions options, List<ValidationFailure> failures)
    {
        var month = new YearMonth(input.Year, input.Month);
        var level = component.Kind is ComponentKind.Stock or ComponentKind.Fte or ComponentKind.Percent;
        var factor = level ? options.StockJumpFactor : options.FlowJumpFactor;
        var minimum = JumpMinimum(component.Kind);
        var confirmed = input.Confirm && FigureFindings.IsReason(input.ConfirmReason);
        var suffix = confirmed ? "" : input.Confirm
            ? $" Zum Bestätigen fehlt die Begründung (mindestens {FigureFindings.ReasonMinLength} Zeichen)."
            : " Bitte prüfen und mit Begründung bestätigen.";

        if (reference.Value(unit, component, month.AddMonths(-1)) is { } previous && Jumps(value, previous, factor, minimum))
        {
            Soft(failures, confirmed, FigureFindings.JumpFromPreviousMonth,
                $"Der Wert ändert sich gegenüber dem Vormonat ({German.Input(previous)}) auf {German.Input(value)}, also um mehr als den Faktor " +
                $"{factor.ToString("0.##", German.Culture)}.{suffix}");
        }

        var lastYear = month.AddMonths(-12);
        if (reference.Value(unit, component, lastYear) is { } sameMonth && Jumps(value, sameMonth, factor, minimum))
        {
            Soft(failures, confirmed, FigureFindings.JumpFromLastYear,
                $"Der Wert ändert sich gegenüber dem Vorjahresmonat {lastYear} ({German.Input(sameMonth)}) auf {German.Input(value)}, also um mehr " +
                $"als den Faktor {factor.ToString("0.##", German.Culture)}.{suffix}");
        }

        // The largest value of the last 12 months (null: none).
        decimal? largest = null;
        for (var k = 1; k <= 12; k++)
        {
            if (reference.Value(unit, component, month.AddMonths(-k)) is { } earlier && (largest is null || earlier > largest))
            {
                largest = earlier;
            }
        }

        if (largest is { } max && value >= minimum && value > options.HistoryFactor * max)
        {
            Soft(failures, confirmed, FigureFindings.AboveHistory,
                $"Der Wert {German.Input(value)} ist mehr als {options.HistoryFactor.ToString("0.##", German.Culture)}-mal so groß wie der größte Wert " +
                $"der letzten 12 Monate ({German.Input(max)}).{suffix}");
        }
    }

    private static bool Jumps(decimal value, decimal before, decimal factor, decimal minimum) =>
        Math.Max(value, before) >= minimum && (value > before * factor || value < before / factor);

    private static string PartText(IndicatorComponent part, decimal partValue, IndicatorComponent whole, decimal wholeValue) =>
        $"{part.Name} ({German.Input(partValue)}) darf nicht größer sein als {whole.Name} ({German.Input(wholeValue)}).";


    private static void Add(List<ValidationFailure> failures, string code, string message) =>
        failures.Add(new ValidationFailure("Wert", message) { ErrorCode = code });

    private static void Soft(List<ValidationFailure> failures, bool confirmed, string code, string message) =>
        failures.Add(new ValidationFailure("Wert", message)
        {
            ErrorCode = code,
            Severity = confirmed ? Severity.Info : Severity.Warning,
        });
}
