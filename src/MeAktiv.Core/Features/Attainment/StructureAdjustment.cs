using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// A successor link as the adjustment reads it: from <see cref="From"/> on, the share <see cref="Share"/> (0..1) of the
/// predecessor's customers is served by the successor; null: the default rule (the eLb stock moved, read from the month
/// before and the month of the link). <see cref="Indicator"/>/<see cref="Component"/> restrict the share to one
/// component (it then replaces a general link of the same pair for that component).
/// </summary>
public sealed record SuccessorLink(int Predecessor, int Successor, int Year, int Month, decimal? Share,
    string? Indicator = null, string? Component = null)
{
    internal MonthRef From => new(Year, Month);

    internal bool IsFor(string indicator, string component) => Indicator is null
        || (string.Equals(Indicator, indicator, StringComparison.OrdinalIgnoreCase)
            && string.Equals(Component, component, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Structure-adjusted history (docs/kennzahlen.md, "Strukturbereinigung"): every figure of a month before a
/// reorganisation is counted where its customers are served today. A figure of unit P in month t is split: the share of
/// every link out of P dated after t goes to the successor (and on along the successor's own later links), the rest stays
/// with P. The parts keep P as their unit (so the engine's per-unit pair checks still hold) and are held by the unit they
/// go to. Nothing is lost or created: the parts of a figure add up to it exactly, so a unit that holds all parts (the
/// Jobcenter) never changes, and a unit without any reorganisation in or below it keeps its own figures.
/// </summary>
internal sealed class StructureAdjustment
{
    private readonly Dictionary<int, List<(SuccessorLink Link, decimal? Share)>> _out;

    private StructureAdjustment(Dictionary<int, List<(SuccessorLink, decimal?)>> outgoing) => _out = outgoing;

    /// <summary>No link: every figure stays where it was entered.</summary>
    public static StructureAdjustment None { get; } = new([]);

    public bool IsEmpty => _out.Count == 0;

    /// <summary>The links with their shares resolved (the default rule read from <paramref name="rows"/>); a link whose
    /// share cannot be read (no eLb stock before the date) moves nothing.</summary>
    public static StructureAdjustment Build(IReadOnlyList<SuccessorLink> links, IReadOnlyList<FigureRow> rows)
    {
        if (links.Count == 0)
        {
            return None;
        }

        var shares = DefaultShares.Resolve(links, rows);
        return new StructureAdjustment(links.GroupBy(l => l.Predecessor)
            .ToDictionary(g => g.Key, g => g.Select(l => (l, shares.GetValueOrDefault(l))).ToList()));
    }

    /// <summary>True when the unit's general links give away 100 % (a merger).</summary>
    public bool MovesWholly(int unit) => _out.TryGetValue(unit, out var links)
        && links.Where(x => x.Link.Indicator is null).Sum(x => x.Share ?? 0m) >= 1m;

    /// <summary>The resolved share (0..1) of a link, or null when it moves nothing.</summary>
    public decimal? ShareOf(SuccessorLink link) =>
        _out.GetValueOrDefault(link.Predecessor)?.FirstOrDefault(x => x.Link == link).Share;

    /// <summary>Each row's parts: (holding unit, the row with its part of the value). Rows without a link pass unchanged.</summary>
    public IEnumerable<(int Holder, FigureRow Row)> Distribute(IReadOnlyList<FigureRow> rows)
    {
        foreach (var row in rows)
        {
            if (!_out.ContainsKey(row.UnitId))
            {
                yield return (row.UnitId, row);
                continue;
            }

            var parts = new Dictionary<int, decimal>();
            Spread(row.UnitId, 1m, new MonthRef(row.Year, row.Month), row.Indicator, row.Component, parts, [row.UnitId]);
            if (parts.Count == 0)
            {
                yield return (row.UnitId, row);
                continue;
            }

            // The largest part takes what is left, so the parts add up to the figure exactly.
            var residual = parts.MaxBy(p => p.Value).Key;
            var given = 0m;
            foreach (var (holder, weight) in parts.Where(p => p.Key != residual))
            {
                var value = row.Value * weight;
                given += value;
                yield return (holder, row with { Value = value });
            }

            yield return (residual, row with { Value = row.Value - given });
        }
    }

    /// <summary>
    /// Spreads <paramref name="weight"/> of a figure held by <paramref name="unit"/> along the links out of it dated after
    /// <paramref name="after"/>, in the order of their dates: each date's links take their shares of what is still
    /// there, and a part follows its successor's links only from the day it arrived.
    /// </summary>
    private void Spread(int unit, decimal weight, MonthRef after, string indicator, string component,
        Dictionary<int, decimal> parts, HashSet<int> path)
    {
        var remaining = weight;
        // A link back to a unit on the way (a cycle in the entered links) moves nothing.
        foreach (var date in Applicable(unit, after, indicator, component).Where(m => !path.Contains(m.Successor))
                     .GroupBy(m => m.From).OrderBy(g => g.Key))
        {
            var total = date.Sum(m => m.Share);
            var scale = total > 1m ? 1m / total : 1m; // more than 100 %: in proportion to the shares
            var before = remaining;
            foreach (var (successor, _, share) in date)
            {
                var part = before * share * scale;
                remaining -= part;
                path.Add(successor);
                Spread(successor, part, date.Key, indicator, component, parts, path);
                path.Remove(successor);
            }

            if (remaining <= 0m)
            {
                return;
            }
        }

        parts[unit] = parts.GetValueOrDefault(unit) + remaining;
    }

    /// <summary>The links out of <paramref name="unit"/> dated after <paramref name="month"/> that apply to the component;
    /// a link for this component replaces a general link of the same pair.</summary>
    private List<(int Successor, MonthRef From, decimal Share)> Applicable(int unit, MonthRef month, string indicator, string component)
    {
        if (!_out.TryGetValue(unit, out var links))
        {
            return [];
        }

        var later = links.Where(x => month < x.Link.From && x.Share is > 0m && x.Link.IsFor(indicator, component)).ToList();
        return later.GroupBy(x => (x.Link.Successor, x.Link.From))
            .Select(g => g.OrderByDescending(x => x.Link.Indicator is not null).First())
            .Select(x => (x.Link.Successor, x.Link.From, x.Share!.Value)).ToList();
    }
}
