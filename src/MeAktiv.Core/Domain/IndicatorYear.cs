namespace MeAktiv.Core.Domain;

/// <summary>
/// Whether an indicator is switched on in a year (issue 18). An indicator without a row for a year is active, so only
/// a switch stores a row. An inactive indicator is not shown for the year, owes no figures and takes no target
/// (<see cref="IndicatorActivation"/>); its stored figures stay and come back when it is switched on again.
/// </summary>
public sealed class IndicatorYear : IAudited
{
    /// <summary>Client-generated, so a new row can be audited in the save that adds it.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int IndicatorId { get; set; }

    public Indicator? Indicator { get; set; }

    public int Year { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>Why the indicator was switched (required to switch it off).</summary>
    public string? Reason { get; set; }

    /// <summary>Concurrency token: every switch sets a new one (no lost updates).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}
