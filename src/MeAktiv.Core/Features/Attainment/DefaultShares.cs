using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// The default share of a successor link without one ("Bestand übergegangen", docs/kennzahlen.md): the part of the
/// predecessor's eLb stock (K2/ELB, entered at the predecessor itself) that left between the month before the link and
/// the month of the link, (before − after) / before, between 0 and 1; a predecessor without figures in the month of the
/// link has moved wholly. Several default links out of one unit on one date share that part in proportion to what
/// each successor gained (equally when that cannot be read). No stock before the date: the link moves nothing (null).
/// </summary>
internal static class DefaultShares
{
    public const string StockIndicator = "K2";
    public const string StockComponent = "ELB";

    public static Dictionary<SuccessorLink, decimal?> Resolve(IReadOnlyList<SuccessorLink> links, IReadOnlyList<FigureRow> rows)
    {
        var result = links.Where(l => l.Share is not null).ToDictionary(l => l, l => l.Share);
        var open = links.Where(l => l.Share is null).ToList();
        if (open.Count == 0)
        {
            return result;
        }

        var stock = rows.Where(r => string.Equals(r.Indicator, StockIndicator, StringComparison.OrdinalIgnoreCase)
                && string.Equals(r.Component, StockComponent, StringComparison.OrdinalIgnoreCase))
            .GroupBy(r => (r.UnitId, new MonthRef(r.Year, r.Month).Ordinal))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
        decimal? Stock(int unit, MonthRef month) => stock.TryGetValue((unit, month.Ordinal), out var v) ? v : null;

        foreach (var group in open.GroupBy(l => (l.Predecessor, l.From)))
        {
            var (predecessor, from) = group.Key;
            var before = Stock(predecessor, from.AddMonths(-1));
            decimal? moved = before is not > 0m ? null
                : Stock(predecessor, from) is { } after ? Math.Clamp((before.Value - after) / before.Value, 0m, 1m) : 1m;
            var gains = group.Select(l => Math.Max(0m, (Stock(l.Successor, from) ?? 0m) - (Stock(l.Successor, from.AddMonths(-1)) ?? 0m))).ToList();
            var total = gains.Sum();
            var count = group.Count();
            foreach (var (link, gain) in group.Zip(gains))
            {
                result[link] = moved is not { } m ? null : count == 1 ? m : total > 0m ? m * gain / total : m / count;
            }
        }

        return result;
    }
}
