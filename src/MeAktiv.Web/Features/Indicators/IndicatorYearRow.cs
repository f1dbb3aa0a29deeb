using MeAktiv.Core.Features.Indicators;

namespace MeAktiv.Web.Features.Indicators;

/// <summary>One row of the page "Kennzahlen je Jahr": the stored switch and what the user has set.</summary>
internal sealed class IndicatorYearRow
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>Whether the indicator is switched on as stored.</summary>
    public bool Stored { get; init; }

    public Guid? Version { get; init; }

    public bool Active { get; set; }

    public string? Reason { get; set; }

    private string? StoredReason { get; init; }

    public bool Changed => Active != Stored || (Reason ?? "") != (StoredReason ?? "");

    public static IndicatorYearRow Of(IndicatorDto i) => new()
    {
        Code = i.Code, Name = i.Name, Stored = i.Active, Active = i.Active, Version = i.Version, Reason = i.Reason, StoredReason = i.Reason,
    };
}
