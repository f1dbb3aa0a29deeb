namespace MeAktiv.Core.Domain;

/// <summary>
/// A counter that every write of a kind of data raises in the same transaction (<see cref="Figures"/>: the monthly
/// figures, <see cref="Reference"/>: the reference data). Readers that keep data in memory compare it with the counter they loaded with: one tiny query tells
/// whether the data changed, on every app instance, for both providers.
/// </summary>
public sealed class DataStamp
{
    /// <summary>The stamp of the monthly figures, raised by every save of <c>MonthlyValues</c>.</summary>
    public const string Figures = "Figures";

    /// <summary>The stamp of the reference data the dashboards keep in memory (units, indicators and components, targets
    /// and their versions, reporting duties, successor links, indicators switched off per year, users' units): set to a
    /// new random value by every save that changes one of them (<c>ReferenceStampInterceptor</c>). Readers only compare
    /// it for equality, so a counter is not needed.</summary>
    public const string Reference = "Reference";

    public required string Name { get; set; }

    public long Value { get; set; }
}
