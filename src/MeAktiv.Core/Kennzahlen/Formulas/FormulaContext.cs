namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>
/// The inputs of one evaluation (definition, series, year, month, target) and the log of what was missing.
/// Reading a month through <see cref="Value"/> or <see cref="Sum"/> records it in <see cref="Missing"/> if absent.
/// </summary>
internal sealed class FormulaContext(
    IndicatorDefinition definition, ComponentSeries series, int year, int month, decimal? target, TargetProfile? profile = null)
{
    public const string ForecastPurpose = "Hochrechnung";

    public IndicatorDefinition Definition { get; } = definition;

    public ComponentSeries Series { get; } = series;

    public int Year { get; } = year;

    /// <summary>The month m (1..12) up to which figures are used.</summary>
    public int Month { get; } = month;

    public decimal? Target { get; } = target;

    public MissingLog Missing { get; } = new();

    /// <summary>The target's period and phasing (default: the calendar year).</summary>
    public TargetProfile Profile { get; } = profile ?? TargetProfile.CalendarYear(year);

    /// <summary>First month of the target's period.</summary>
    public MonthRef PeriodFrom => new(Profile.From.Year, Profile.From.Month);

    /// <summary>Last month of the target's period.</summary>
    public MonthRef PeriodTo => new(Profile.To.Year, Profile.To.Month);

    /// <summary>Months of the period left after m.</summary>
    public int PeriodRemaining => Math.Max(0, PeriodTo.Ordinal - Current.Ordinal);

    /// <summary>Month m of the year.</summary>
    public MonthRef Current => new(Year, Month);

    /// <summary>January of the year.</summary>
    public MonthRef First => new(Year, 1);

    /// <summary>Months left after m: 12 − m.</summary>
    public int Remaining => 12 - Month;

    /// <summary>The month of the same year with number <paramref name="month"/> (0 = December of the previous year).</summary>
    public MonthRef MonthOfYear(int month) => MonthRef.Of(Year, month);

    /// <summary>The month's value, or null (recorded as missing, with <paramref name="purpose"/> if given).</summary>
    public decimal? Value(string code, MonthRef month, string? purpose = null)
    {
        var value = Series.Get(code, month);
        if (value is null)
        {
            Missing.AddMonth(code, month, purpose, Series.IsIncomplete(code, month));
        }

        return value;
    }

    /// <summary>Σ of the months from..to, or null if any is missing (all missing months are recorded).</summary>
    public decimal? Sum(string code, MonthRef from, MonthRef to, string? purpose = null)
    {
        var sum = 0m;
        var complete = true;
        foreach (var month in MonthRef.Range(from, to))
        {
            if (Value(code, month, purpose) is { } v)
            {
                sum += v;
            }
            else
            {
                complete = false;
            }
        }

        return complete ? sum : null;
    }

    /// <summary>
    /// True if <paramref name="denominator"/> is present and positive; a 0 or negative one is noted as
    /// "Nenner 0 (CODE from..to)" so the value shows as "–" with its reason.
    /// </summary>
    public bool IsUsableDenominator(decimal? denominator, string code, MonthRef from, MonthRef to, string? purpose = null)
    {
        if (denominator is not { } d)
        {
            return false;
        }

        if (d > 0m)
        {
            return true;
        }

        var what = d == 0m ? "Nenner 0" : "Nenner negativ";
        var tail = purpose is null ? "" : $"; {purpose}";
        Missing.AddNote($"{what} ({code} {MonthRef.FormatRange(from, to)}{tail})");
        return false;
    }
}
