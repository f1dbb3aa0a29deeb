using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen.Formulas;

namespace MeAktiv.Core.Kennzahlen;

/// <summary>
/// Computes an indicator's attainment at month m of a year from the summed components (see docs/kennzahlen.md).
/// Pure and deterministic: no I/O, no clock. Never throws for missing or odd figures; those give nulls and a
/// <see cref="AttainmentResult.Missing"/> entry.
/// </summary>
public static class AttainmentCalculator
{
    /// <summary>
    /// Attainment of <paramref name="definition"/> in month <paramref name="month"/> of <paramref name="year"/>,
    /// using the figures of months 1..m (and last year's where the formula needs them).
    /// </summary>
    /// <param name="definition">The indicator.</param>
    /// <param name="series">Its components summed over the unit and all units below it.</param>
    /// <param name="year">Calendar year.</param>
    /// <param name="month">Month m, 1..12.</param>
    /// <param name="annualTarget">The year's target value (percent, count, EUR, percent change …) or null.</param>
    /// <param name="profile">The target's period and phasing; null: the calendar year, phased as the indicator says.
    /// Outside the period there is no light (a note "Zeitraum beginnt 04/2015"); year-to-date sums are cumulated over it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1..12.</exception>
    public static AttainmentResult Calculate(
        IndicatorDefinition definition, ComponentSeries series, int year, int month, decimal? annualTarget, TargetProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);

        var context = new FormulaContext(definition, series, year, month, annualTarget, profile);
        if (OutsidePeriod(context) is { } outside)
        {
            return outside;
        }

        var o = FormulaRegistry.Evaluate(context);
        if (annualTarget is null && definition.Direction != Direction.MonitoringOnly)
        {
            context.Missing.AddNote($"Zielwert {year}");
        }

        var actual = o.Actual;
        var phased = o.PhasedTarget;
        var variance = actual - phased;
        var relative = actual is { } a && phased is { } p && p != 0m ? (a / p) - 1m : (decimal?)null;
        var ratio = actual is null ? null : AttainmentRules.Ratio(definition.Direction, o.Achieved, o.TargetLevel);
        var light = actual is null ? TrafficLight.None : AttainmentRules.Light(definition, o.Achieved, o.TargetLevel);
        var required = month == 12 ? null : o.RequiredPerMonth;

        return new AttainmentResult(
            definition.Code, actual, annualTarget, phased, variance, relative, ratio, light,
            o.Forecast, o.Forecast is null ? null : o.ForecastMethod, required, context.Missing.ToList());
    }

    /// <summary>
    /// Outside the target's period: no light, no phased target, forecast or required rate; a year-to-date sum has no
    /// value either (nothing of the period is cumulated yet, or the period is over), other kinds keep their value.
    /// </summary>
    private static AttainmentResult? OutsidePeriod(FormulaContext context)
    {
        var month = new Domain.YearMonth(context.Year, context.Month);
        var period = context.Profile;
        if (period.Covers(month))
        {
            return null;
        }

        var note = month.CompareTo(period.From) < 0 ? $"Zeitraum beginnt {period.From}" : $"Zeitraum endete {period.To}";
        var actual = context.Definition.Formula == Domain.FormulaKind.YearToDateSum ? null : FormulaRegistry.Evaluate(context).Actual;
        var missing = new MissingLog();
        missing.AddNote(note);
        return new AttainmentResult(context.Definition.Code, actual, context.Target, null, null, null, null, TrafficLight.None,
            null, null, null, missing.ToList());
    }
}
