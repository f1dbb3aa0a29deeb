using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The monthly curve of a measure's indicator at the measure's unit, from twelve months before the measure started to
/// six months after it (or its due date, if later), computed by the engine (<see cref="AttainmentQueries"/>), so the
/// effect of the measure can be judged. Integrationsquote: the rolling 12-month value (comparable across the turn of
/// the year); other indicators: the monthly headline value. Small counts are hidden from the Träger (<see cref="Disclosure"/>).
/// </summary>
public sealed class MeasureCurveQueries(AttainmentQueries attainment, SmallCellRule cells)
{
    public async Task<MeasureCurve?> GetAsync(UserScope scope, MeasureRow measure, string indicatorCode, CancellationToken ct = default)
    {
        var start = new YearMonth(measure.StartDate.Year, measure.StartDate.Month);
        var from = start.AddMonths(-12);
        var to = Max(start.AddMonths(6), new YearMonth(measure.DueDate.Year, measure.DueDate.Month));
        var data = await attainment.LoadAsync(scope, measure.UnitCode, from.Year - 1, to.Year, ct);
        var indicator = data.FindIndicator(indicatorCode);
        if (indicator is null)
        {
            return null;
        }

        // Across the turn of the year (TurnOfYearSeries, docs/kennzahlen.md): K2 as its rolling 12 months; every other
        // kind restarts each January, so its line breaks there and last year's same month is drawn beside it.
        var rolling = indicator.Formula == FormulaKind.IntegrationRate;
        var values = rolling
            ? data.Series(indicator, from, to).Select(p => new CurvePoint(new YearMonth(p.Year, p.Month), p.Rolling12)).ToList()
            : TurnOfYearSeries.Of(data.Series(indicator, from.AddMonths(-12), to))
                .Select(p => new CurvePoint(new YearMonth(p.Year, p.Month), p.Value, p.LastYear, p.StartsLine)).ToList();
        // Trailing months without any figure yet are cut, so the chart ends where the data ends, but never before the
        // start month: the start stays marked even when no figure after it exists yet.
        var last = values.FindLastIndex(p => p.Value is not null);
        var startIndex = values.FindIndex(p => p.Month == start);
        values = last < 0 ? [] : values[..(Math.Max(last, startIndex) + 1)];
        var caller = cells.For(scope);
        values = values.Select(p => p with { Value = caller.Show(p.Value, indicator.Unit), LastYear = caller.Show(p.LastYear, indicator.Unit) }).ToList();
        return new MeasureCurve(indicator.Code, indicator.Name, indicator.Unit,
            rolling ? $"{indicator.Name} (gleitend über 12 Monate)" : indicator.Name, values, start);
    }

    private static YearMonth Max(YearMonth a, YearMonth b) => a.CompareTo(b) >= 0 ? a : b;
}

/// <summary>One month of the curve; <see cref="LastYear"/> the same month a year earlier and <see cref="StartsLine"/> a
/// January of a year-to-date kind, where the line starts anew (<see cref="TurnOfYearSeries"/>).</summary>
public sealed record CurvePoint(YearMonth Month, decimal? Value, decimal? LastYear = null, bool StartsLine = false);

/// <summary>The curve of one indicator with the month the measure started (<see cref="Start"/>).</summary>
public sealed record MeasureCurve(string IndicatorCode, string IndicatorName, IndicatorUnit Unit, string Label,
    IReadOnlyList<CurvePoint> Points, YearMonth Start);
