using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>The ranked drill-down table: the units of one level below a unit, with light, variance and contribution.</summary>
internal static class Ranking
{
    public static ContributionTable Build(DashboardData data, UserScope scope, Indicator indicator, DashboardUnit unit,
        IndicatorCard card, OrgUnitKind? requested)
    {
        var month = card.Month;
        // A unit merged wholly into a successor is no line of its own: its figures are its successor's (structure-adjusted).
        var below = data.SubtreeOf(unit).Where(u => u.Id != unit.Id && u.ExistsUpTo(data.Year, month) && !data.IsMergedAway(u)).ToList();
        var levels = below.Select(u => u.Kind).Distinct().Order().ToList();
        OrgUnitKind? level = requested is { } r && levels.Contains(r) ? r
            : levels.Contains(OrgUnitKind.Geschaeftsstelle) ? OrgUnitKind.Geschaeftsstelle
            : levels.Count > 0 ? levels[0] : null;
        var method = Contributions.Method(indicator.Formula);
        if (level is null || !data.HasFigures(indicator, unit))
        {
            return new ContributionTable(level, levels, [], card.Result.Variance, null, 0, method);
        }

        var parentBase = Contributions.Parts(indicator, data.Series(indicator, unit), data.Year, month).D;
        var phased = card.Result.Actual is null ? null : card.Result.PhasedTarget;
        var units = below.Where(u => u.Kind == level).ToList();
        var visible = units.Where(u => scope.CanSee(u.Id)).ToList();
        var rows = visible.Select(u =>
            {
                var c = data.Card(indicator, u, month);
                var parts = Contributions.Parts(indicator, data.Series(indicator, u), data.Year, month);
                return new ContributionRow(0, u.Ref, c.Result.Actual, c.Result.Target,
                    c.TargetSource ?? "eigenes Ziel", c.Result.PhasedTarget, c.Result.Variance, c.Result.Light,
                    parentBase > 0m ? parts.D / parentBase : null,
                    Contributions.Of(indicator.Formula, month, parts, parentBase, phased),
                    data.ChildrenOf(u).Any());
            })
            .ToList();
        var lowerBetter = indicator.Direction == Direction.LowerIsBetter;
        var ranked = rows.Where(x => !DissolvedUnits.Before(x.Unit, data.Year, month))
            .OrderBy(x => x.Contribution is null ? 1 : 0)
            .ThenBy(x => x.Contribution is { } c ? (lowerBetter ? -c : c) : 0m)
            .ThenByDescending(x => x.Actual ?? decimal.MinValue)
            .ThenBy(x => x.Unit.Code, StringComparer.Ordinal)
            .Select((x, i) => x with { Rank = i + 1 })
            .ToList();
        var hidden = units.Count - visible.Count;
        decimal? sum = hidden == 0 && phased is not null && rows.All(x => x.Contribution is not null)
            ? rows.Sum(x => x.Contribution!.Value)
            : null;
        return new ContributionTable(level, levels, ranked, card.Result.Variance, sum, hidden, method)
            { Dissolved = DissolvedUnits.Rows(data, indicator, units, rows, month) };
    }
}
