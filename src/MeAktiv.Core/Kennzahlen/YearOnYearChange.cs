namespace MeAktiv.Core.Kennzahlen;

/// <summary>
/// Change of one month against the same month last year, <c>100 · (X[t] / X[t−12] − 1)</c>: K3 "as published"
/// (LZB stock) and the monthly K1 comparison (domain.md 3.2, 3.3).
/// </summary>
public static class YearOnYearChange
{
    /// <summary>The percent change of <paramref name="componentCode"/> in month <paramref name="month"/> (1..12);
    /// null if either month is missing or last year's value is not positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1..12.</exception>
    public static decimal? ForMonth(ComponentSeries series, string componentCode, int year, int month)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(componentCode);
        var current = series.Get(componentCode, year, month);
        var previous = series.Get(componentCode, year - 1, month);
        return current is { } c && previous is { } p && p > 0m ? 100m * (c - p) / p : null;
    }
}
