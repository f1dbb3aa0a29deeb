using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>
/// The small-cell rule (<see cref="SmallCellRule"/>, Privacy:MinCellSize) on the dashboards: for the Träger a count of
/// 1..n−1 is removed with everything computed from it (variance, forecast, required run rate, contribution), in cards,
/// sparklines, chart series, the ranked table and the raw components (counts and stocks of people). Rates are not
/// masked. Applied to the model, so the page, the JSON and the XLSX export hide the same cells.
/// </summary>
internal static class DashboardPrivacy
{
    public static DashboardOverview Apply(SmallCellRule cells, UserScope scope, DashboardOverview overview) =>
        !cells.AppliesTo(scope) ? overview : overview with
        {
            Cards = overview.Cards.Select(c => Card(cells, scope, c)).ToList(),
            SmallCellLimit = cells.MinCellSize,
        };

    public static IndicatorView Apply(SmallCellRule cells, UserScope scope, IndicatorView view)
    {
        if (!cells.AppliesTo(scope))
        {
            return view;
        }

        var unit = view.Card.Unit;
        decimal? Hide(decimal? v) => cells.Hide(scope, v, unit);
        ContributionRow Row(ContributionRow r) => cells.IsSmall(r.Actual, unit)
            ? r with { Actual = null, Variance = null, Contribution = null, ActualHiddenBelow = cells.MinCellSize } : r;
        return view with
        {
            Card = Card(cells, scope, view.Card),
            Path = view.Path.Select(p => cells.IsSmall(p.Actual, unit) || cells.IsSmall(p.Forecast, unit)
                ? p with { Actual = Hide(p.Actual), Forecast = Hide(p.Forecast) } : p).ToList(),
            LastYear = view.LastYear.Select(p => p with { ThisYear = Hide(p.ThisYear), LastYear = Hide(p.LastYear) }).ToList(),
            Ranking = view.Ranking with
            {
                Rows = view.Ranking.Rows.Select(Row).ToList(),
                Dissolved = view.Ranking.Dissolved.Select(Row).ToList(),
            },
            Components = view.Components.Select(c => c with
            {
                ThisYear = c.ThisYear.Select(v => cells.IsSmall(v, c.Kind) ? null : v).ToList(),
                LastYear = c.LastYear.Select(v => cells.IsSmall(v, c.Kind) ? null : v).ToList(),
            }).ToList(),
            SmallCellLimit = cells.MinCellSize,
        };
    }

    private static IndicatorCard Card(SmallCellRule cells, UserScope scope, IndicatorCard card)
    {
        var (result, suppressed) = cells.Mask(scope, card.Result, card.Unit);
        return card with
        {
            Result = result,
            ActualHiddenBelow = suppressed && result.Actual is null && card.Result.Actual is not null ? cells.MinCellSize : null,
            Sparkline = card.Sparkline.Select(p => p with
            {
                Value = cells.IsSmall(p.Value, card.Unit) ? null : p.Value,
                LastYear = cells.IsSmall(p.LastYear, card.Unit) ? null : p.LastYear,
            }).ToList(),
        };
    }
}
