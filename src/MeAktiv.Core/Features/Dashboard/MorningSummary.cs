using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>
/// The morning summary at the top of the Gesamtübersicht (docs/kennzahlen.md, "Morgenübersicht"): how many targets
/// are red, yellow, green; the three largest gaps with their latest comment and measures; the red targets without an
/// active measure. Built from the cards as the caller sees them (after the small-cell rule: a hidden actual has no
/// ratio, so no gap), so it always agrees with the cards.
/// </summary>
public static class MorningSummary
{
    /// <summary>How many of the largest gaps the summary names.</summary>
    public const int GapCount = 3;

    /// <summary>The gap relative to the phased target: 1 − r (r the attainment ratio), e.g. 0,088 for r = 0,912;
    /// null when the target is met or there is no ratio (no target, monitoring, no actual, a hidden small count).</summary>
    public static decimal? Gap(IndicatorCard card) => card.Result.Ratio is { } r && r < 1 ? 1 - r : null;

    /// <summary>The cards by urgency: red, yellow, green, then without a light; within a colour the largest gap first,
    /// then in the catalogue's order.</summary>
    public static IReadOnlyList<IndicatorCard> BySeverity(IEnumerable<IndicatorCard> cards) =>
        cards.Select((c, i) => (Card: c, Index: i))
            .OrderBy(x => Rank(x.Card.Result.Light)).ThenByDescending(x => Gap(x.Card) ?? -1).ThenBy(x => x.Index)
            .Select(x => x.Card).ToList();

    internal static IReadOnlyList<string> Wanted(IReadOnlyList<IndicatorCard> cards) =>
        LargestGaps(cards).Concat(cards.Where(c => c.Result.Light == TrafficLight.Red)).Select(c => c.Code).Distinct().ToList();

    internal static DashboardSummary Build(IReadOnlyList<IndicatorCard> cards, IReadOnlyDictionary<string, IndicatorFollowUp> followUps)
    {
        var none = new IndicatorFollowUp(null, [], 0);
        SummaryTarget Target(IndicatorCard c) => new(c.Code, c.Name, c.Result.Light, Gap(c), followUps.GetValueOrDefault(c.Code, none));
        return new DashboardSummary(
            cards.Count(c => c.Result.Light == TrafficLight.Red),
            cards.Count(c => c.Result.Light == TrafficLight.Yellow),
            cards.Count(c => c.Result.Light == TrafficLight.Green),
            cards.Count(c => c.Result.Light == TrafficLight.None),
            LargestGaps(cards).Select(Target).ToList(),
            BySeverity(cards.Where(c => c.Result.Light == TrafficLight.Red)).Select(Target).Where(t => !t.FollowUp.HasActiveMeasure).ToList());
    }

    private static IEnumerable<IndicatorCard> LargestGaps(IReadOnlyList<IndicatorCard> cards) =>
        BySeverity(cards.Where(c => Gap(c) is not null)).OrderByDescending(c => Gap(c)).Take(GapCount);

    private static int Rank(TrafficLight light) => light switch
    {
        TrafficLight.Red => 0,
        TrafficLight.Yellow => 1,
        TrafficLight.Green => 2,
        _ => 3,
    };
}

/// <summary>The morning summary of a Gesamtübersicht (see <see cref="MorningSummary"/>).</summary>
/// <param name="NoLight">Cards without a light (monitoring, no target, no figures yet).</param>
public sealed record DashboardSummary(int Red, int Yellow, int Green, int NoLight, IReadOnlyList<SummaryTarget> LargestGaps,
    IReadOnlyList<SummaryTarget> RedWithoutActiveMeasure);

/// <summary>A target named in the summary, with its gap (1 − r, see <see cref="MorningSummary.Gap"/>) and what the
/// Steuerung has on it at the unit.</summary>
public sealed record SummaryTarget(string Code, string Name, TrafficLight Light, decimal? Gap, IndicatorFollowUp FollowUp);
