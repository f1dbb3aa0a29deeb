using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// A reorganisation that changes a unit's structure-adjusted history: figures of another unit counted with it
/// (<see cref="Incoming"/>: "inkl. Geschäftsstelle Erkrath (100 %) bis 03/2015") or a share of its own counted
/// elsewhere ("ohne 20 % an U25-Team Velbert bis 12/2014"), for the months up to <see cref="Until"/>.
/// </summary>
public sealed record StructureChange(bool Incoming, string UnitCode, string UnitName, decimal Share, YearMonth Until)
{
    public string Text => Incoming
        ? $"inkl. {UnitName} ({Common.German.Share(Share)}) bis {Until.Month:D2}/{Until.Year}"
        : $"ohne {Common.German.Share(Share)} an {UnitName} bis {Until.Month:D2}/{Until.Year}";

    /// <summary>The changes that adjust a month's figures or the history they look back on (the 24 months before it:
    /// last year's rolling 12 months).</summary>
    public static IReadOnlyList<StructureChange> Relevant(IEnumerable<StructureChange> changes, int year, int month) =>
        changes.Where(c => c.Until.CompareTo(new YearMonth(year - 2, month)) > 0).ToList();

    /// <summary>The changes as a user may read them: a unit the user may not see is not named.</summary>
    public static IReadOnlyList<StructureChange> Visible(IEnumerable<StructureChange> changes, Func<string, bool> maySee) =>
        changes.Select(c => maySee(c.UnitCode) ? c : c with { UnitCode = "", UnitName = "einer anderen Einheit" }).ToList();

    /// <summary>The line pages and exports show ("strukturbereinigt: inkl. Geschäftsstelle Erkrath (100,0 %) bis 03/2015"),
    /// or null when nothing is adjusted.</summary>
    public static string? NoteOf(IReadOnlyList<StructureChange> changes) => changes.Count == 0 ? null
        : "strukturbereinigt (frühere Monate so, wie die Einheit heute zugeschnitten ist): " + string.Join("; ", changes.Select(c => c.Text));

    /// <summary>The change as the API answers show it.</summary>
    public object ToJson() => new
    {
        Incoming, Unit = UnitCode.Length == 0 ? null : UnitCode, Share, Until = $"{Until.Year:D4}-{Until.Month:D2}", Text,
    };

    /// <summary>The links that cross the border of <paramref name="subtree"/> (one end inside, the other outside) and
    /// move something, as seen from inside.</summary>
    internal static IReadOnlyList<StructureChange> Of(IReadOnlyCollection<int> subtree, StructureAdjustment adjustment,
        IEnumerable<SuccessorLink> links, Func<int, (string Code, string Name)?> unit, Func<int, IEnumerable<int>> ancestorsOf)
    {
        var crossing = links
            .Where(l => subtree.Contains(l.Predecessor) != subtree.Contains(l.Successor))
            .Select(l => (Link: l, Share: adjustment.ShareOf(l), Incoming: subtree.Contains(l.Successor),
                OtherId: subtree.Contains(l.Predecessor) ? l.Successor : l.Predecessor))
            .Where(x => x.Share is > 0m && unit(x.OtherId) is not null)
            .ToList();
        // A merger of a Geschäftsstelle also links its teams: name the Geschäftsstelle once, not each team below it.
        return crossing
            .Where(x => !crossing.Any(y => y.Incoming == x.Incoming && y.Link.From == x.Link.From && y.OtherId != x.OtherId
                && ancestorsOf(x.OtherId).Contains(y.OtherId)))
            .Select(x =>
            {
                var until = x.Link.From.AddMonths(-1);
                var other = unit(x.OtherId)!.Value;
                return new StructureChange(x.Incoming, other.Code, other.Name, x.Share!.Value, new YearMonth(until.Year, until.Month));
            })
            .OrderBy(c => c.Until.Year).ThenBy(c => c.Until.Month).ThenBy(c => c.UnitName, Common.German.Comparer)
            .ToList();
    }
}
