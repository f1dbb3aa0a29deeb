namespace MeAktiv.Core.Domain;

/// <summary>
/// THE rule of which indicators count in a year: every indicator, unless switched off for that year
/// (<see cref="IndicatorYear"/>). Read by the one load of every view, the Datenstand (what is owed), closing a month,
/// the Erfassung grid and the target maintenance. Pure: built from the stored rows.
/// </summary>
public sealed class IndicatorActivation
{
    private readonly HashSet<(int Indicator, int Year)> _off;

    public IndicatorActivation(IEnumerable<IndicatorYear> rows) =>
        _off = rows.Where(r => !r.Active).Select(r => (r.IndicatorId, r.Year)).ToHashSet();

    /// <summary>No indicator switched off.</summary>
    public static IndicatorActivation AllActive { get; } = new([]);

    public bool IsActive(int indicatorId, int year) => !_off.Contains((indicatorId, year));

    public bool IsActive(Indicator indicator, int year) => IsActive(indicator.Id, year);

    /// <summary>The indicators active in the year, in the given order.</summary>
    public IReadOnlyList<Indicator> ActiveOf(IEnumerable<Indicator> indicators, int year) =>
        indicators.Where(i => IsActive(i.Id, year)).ToList();
}
