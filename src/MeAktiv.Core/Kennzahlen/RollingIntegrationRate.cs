namespace MeAktiv.Core.Kennzahlen;

/// <summary>
/// The official rolling 12-month Integrationsquote (domain.md 3.1):
/// <c>K2(t) = 100 · Σ_{i=t−11..t} INT[i] / mean_{i=t−12..t−1} ELB[i]</c>; without the shift the denominator months
/// are t−11..t. Null if any of the 12 + 12 months is missing or the summed stock is not positive.
/// </summary>
public static class RollingIntegrationRate
{
    /// <summary>K2 for the 12 months ending with month <paramref name="month"/> (1..12) of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1..12.</exception>
    public static decimal? Calculate(IndicatorDefinition definition, ComponentSeries series, int year, int month)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(series);
        var end = new MonthRef(year, month);
        if (definition.NumeratorComponent is not { } integrations || definition.DenominatorComponent is not { } stock)
        {
            return null;
        }

        var shift = definition.ShiftDenominator ? -1 : 0;
        var sumInt = SumOrNull(series, integrations, end.AddMonths(-11), end);
        var sumElb = SumOrNull(series, stock, end.AddMonths(-11 + shift), end.AddMonths(shift));
        return sumInt is { } i && sumElb is { } e && e > 0m ? 100m * i * 12m / e : null;
    }

    private static decimal? SumOrNull(ComponentSeries series, string code, MonthRef from, MonthRef to)
    {
        var sum = 0m;
        foreach (var month in MonthRef.Range(from, to))
        {
            if (series.Get(code, month) is not { } v)
            {
                return null;
            }

            sum += v;
        }

        return sum;
    }
}
