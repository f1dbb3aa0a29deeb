namespace MeAktiv.Core.Domain;

/// <summary>What the Termine maintenance writes on a fixed date and on a recurring meeting alike: code, cancellation,
/// the concurrency token and who changed it last.</summary>
public interface IMaintainedTermin
{
    string Code { get; set; }

    bool Cancelled { get; set; }

    Guid Version { get; set; }

    string? UpdatedBy { get; set; }

    DateTime? UpdatedAt { get; set; }
}
