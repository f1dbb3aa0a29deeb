using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Kennzahlen;

/// <summary>
/// The period of a target (first to last month, both included, across years if need be) and how it is phased over it
/// (docs/kennzahlen.md, "Zeitraum und Phasierung eines Ziels"). <see cref="Phasing"/> null: the indicator's setting.
/// </summary>
public sealed record TargetProfile(YearMonth From, YearMonth To, TargetPhasing? Phasing = null, IReadOnlyList<decimal>? Plan = null)
{
    /// <summary>The longest period a target may have (five years).</summary>
    public const int MaxMonths = 60;

    /// <summary>The default: January to December of the year, phased as the indicator says.</summary>
    public static TargetProfile CalendarYear(int year) => new(new YearMonth(year, 1), new YearMonth(year, 12));

    /// <summary>The profile of a target version of <paramref name="year"/>.</summary>
    public static TargetProfile Of(int year, TargetVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new TargetProfile(
            version.PeriodFrom is { } from ? new YearMonth(from.Year, from.Month) : new YearMonth(year, 1),
            version.PeriodTo is { } to ? new YearMonth(to.Year, to.Month) : new YearMonth(year, 12),
            version.Phasing,
            TargetPlan.Parse(version.PhasingPlan));
    }

    /// <summary>Number of months from <see cref="From"/> to <see cref="To"/>.</summary>
    public int Months => MonthsBetween(From, To) + 1;

    public bool IsCalendarYear => From.Year == To.Year && From.Month == 1 && To.Month == 12;

    public bool Covers(YearMonth month) => month.CompareTo(From) >= 0 && month.CompareTo(To) <= 0;

    /// <summary>German display, <c>04/2015–12/2017</c>.</summary>
    public string Text => $"{From}–{To}";

    /// <summary>The phasing used with <paramref name="definition"/>: the target's, else the indicator's.</summary>
    public TargetPhasing PhasingFor(IndicatorDefinition definition) => Effective(Phasing, definition.Phasing);

    /// <summary>A target's phasing, else the indicator's (seasonal = last year's pattern).</summary>
    public static TargetPhasing Effective(TargetPhasing? phasing, PhasingKind indicatorPhasing) =>
        phasing ?? (indicatorPhasing == PhasingKind.Seasonal ? TargetPhasing.LastYear : TargetPhasing.Linear);

    /// <summary>The engine's note for a month outside the period ("Zeitraum beginnt 04/2015"), if among <paramref name="missing"/>.</summary>
    public static string? OutsideNote(IReadOnlyList<string> missing) =>
        missing.FirstOrDefault(m => m.StartsWith("Zeitraum beginnt ", StringComparison.Ordinal) || m.StartsWith("Zeitraum endete ", StringComparison.Ordinal));

    internal static int MonthsBetween(YearMonth from, YearMonth to) => (to.Year * 12 + to.Month) - (from.Year * 12 + from.Month);
}
