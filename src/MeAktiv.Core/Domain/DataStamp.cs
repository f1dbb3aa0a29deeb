namespace MeAktiv.Core.Domain;

/// <summary>
/// A counter that every write of a kind of data raises in the same transaction (<see cref="Figures"/>: the monthly
/// figures). Readers that keep data in memory compare it with the counter they loaded with: one tiny query tells
/// whether the data changed, on every app instance, for both providers.
/// </summary>
public sealed class DataStamp
{
    /// <summary>The stamp of the monthly figures, raised by every save of <c>MonthlyValues</c>.</summary>
    public const string Figures = "Figures";

    public required string Name { get; set; }

    public long Value { get; set; }
}
