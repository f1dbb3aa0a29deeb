namespace MeAktiv.Core.Kennzahlen;

/// <summary>
/// Attainment of one indicator at one unit (and everything below it) in month m of a year, with the fields of
/// <c>GET /api/v1/attainment</c> plus <see cref="RelativeVariance"/> and <see cref="Missing"/>. All numbers in full
/// precision (never rounded); <c>null</c> wherever an input is missing — never a silent 0.
/// </summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Actual">Headline value: JFW for K2, running average for K3, ratio of sums for EQ/BAMF, … (see docs/kennzahlen.md).</param>
/// <param name="Target">The annual target value as given.</param>
/// <param name="PhasedTarget">The target for month m (linear or seasonal for cumulative kinds, else the target).</param>
/// <param name="Variance">Actual − phased target, in the headline's unit (percentage points for rates).</param>
/// <param name="RelativeVariance">Actual / phased target − 1 (a fraction, 0,05 = 5 %); null if the phased target is 0.</param>
/// <param name="Ratio">Attainment ratio r (1 = exactly on target); null for monitoring indicators or when its divisor is ≤ 0.</param>
/// <param name="Light">Traffic light from r and the indicator's thresholds.</param>
/// <param name="Forecast">Projected year-end headline value.</param>
/// <param name="ForecastMethod">German text shown beside the forecast, e.g. "Hochrechnung: Ø der letzten 3 Monate".</param>
/// <param name="RequiredPerMonth">What each remaining month must deliver to reach the target, in the component's unit; null in December.</param>
/// <param name="Missing">Each missing input or reason for a missing value, e.g. "ELB 2014-12", "Nenner 0 (AUS 2015-01..2015-06)".</param>
public sealed record AttainmentResult(
    string Indicator,
    decimal? Actual,
    decimal? Target,
    decimal? PhasedTarget,
    decimal? Variance,
    decimal? RelativeVariance,
    decimal? Ratio,
    TrafficLight Light,
    decimal? Forecast,
    string? ForecastMethod,
    decimal? RequiredPerMonth,
    IReadOnlyList<string> Missing);
