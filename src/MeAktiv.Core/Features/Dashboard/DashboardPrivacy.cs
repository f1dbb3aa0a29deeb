using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Privacy;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>
/// The small-cell rule (<see cref="Disclosure"/>, Privacy:MinCellSize) on the dashboards: for the Träger a count of
/// 1..n−1 is removed with everything computed from it (variance, forecast, required run rate, contribution), in cards,
/// sparklines, chart series, the ranked table and the raw components (counts and stocks of people). Rates are not
/// masked. Applied to the model, so the page, the JSON and the XLSX export hide the same cells.
/// </summary>
internal static class DashboardPrivacy
{
    public static DashboardOverview Apply(Disclosure caller, DashboardOverview overview) =>
        !caller.HidesSmallCounts ? overview : overview with
        {
            Cards = overview.Cards.Select(c => Card(caller, c)).ToList(),
            SmallCellLimit = caller.HiddenBelow,
        };

    public static IndicatorView Apply(Disclosure caller, IndicatorView view)
    {
        if (!caller.HidesSmallCounts)
        {
            return view;
        }

        var unit = view.Card.Unit;
        decimal? Hide(decimal? v) => caller.Show(v, unit);
        return view with
        {
            Card = Card(caller, view.Card),
            Path = view.Path.Select(p => caller.Hides(p.Actual, unit) || caller.Hides(p.Forecast, unit)
                ? p with { Actual = Hide(p.Actual), Forecast = Hide(p.Forecast) } : p).ToList(),
            LastYear = view.LastYear.Select(p => p with { ThisYear = Hide(p.ThisYear), LastYear = Hide(p.LastYear) }).ToList(),
            Ranking = RankingOf(caller, view.Ranking, view.Card),
            Components = view.Components.Select(c => c with
            {
                ThisYear = c.ThisYear.Select(v => caller.Show(v, c.Kind)).ToList(),
                LastYear = c.LastYear.Select(v => caller.Show(v, c.Kind)).ToList(),
            }).ToList(),
            Official = view.Official is { } official ? official with
            {
                // A hidden count takes the change computed from it along.
                Months = official.Months.Select(m => caller.Hides(m.Value, official.Kind) || caller.Hides(m.LastYear, official.Kind)
                    ? m with { Value = caller.Show(m.Value, official.Kind), LastYear = caller.Show(m.LastYear, official.Kind), Change = null }
                    : m).ToList(),
            } : null,
            SmallCellLimit = caller.HiddenBelow,
        };
    }

    /// <summary>
    /// The ranked table without small counts: a hidden actual takes its variance and contribution with it; the
    /// parent's variance and the sum of contributions go when the parent's actual is hidden (actual = phased target +
    /// variance) or any row's contribution was removed; a unit without an actual shows no contribution of a count.
    /// </summary>
    private static ContributionTable RankingOf(Disclosure caller, ContributionTable ranking, IndicatorCard card)
    {
        var unit = card.Unit;
        ContributionRow Row(ContributionRow r) => caller.Hides(r.Actual, unit)
            ? r with { Actual = null, Variance = null, Contribution = null, ActualHiddenBelow = caller.HiddenBelow }
            : r.Actual is null && unit == IndicatorUnit.Anzahl ? r with { Variance = null, Contribution = null } : r;
        var rows = ranking.Rows.Select(Row).ToList();
        var dissolved = ranking.Dissolved.Select(Row).ToList();
        var parentHidden = caller.Hides(card.Result.Actual, unit) || !rows.SequenceEqual(ranking.Rows)
            || !dissolved.SequenceEqual(ranking.Dissolved);
        return ranking with
        {
            Rows = rows,
            Dissolved = dissolved,
            ParentVariance = caller.Hides(card.Result.Actual, unit) ? null : ranking.ParentVariance,
            SumOfContributions = parentHidden ? null : ranking.SumOfContributions,
        };
    }

    private static IndicatorCard Card(Disclosure caller, IndicatorCard card)
    {
        var (result, suppressed) = SmallCellRule.Mask(caller, card.Result, card.Unit);
        return card with
        {
            Result = result,
            ActualHiddenBelow = suppressed && result.Actual is null && card.Result.Actual is not null ? caller.HiddenBelow : null,
            Sparkline = card.Sparkline.Select(p => p with
            {
                Value = caller.Show(p.Value, card.Unit),
                LastYear = caller.Show(p.LastYear, card.Unit),
            }).ToList(),
        };
    }
}
