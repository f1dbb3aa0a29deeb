using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Figures;

/// <summary>Why a workflow step was refused, in German; <paramref name="Missing"/>: what a month still lacks.</summary>
internal sealed record Refusal(WorkflowFailure Failure, string Message, IReadOnlyList<string>? Missing = null,
    IReadOnlyList<Deviation>? Deviations = null);

/// <summary>Why a workflow step was refused.</summary>
public enum WorkflowFailure
{
    None = 0,
    NotFound = 1,
    Forbidden = 2,
    Invalid = 3,
    Conflict = 4,

    /// <summary>Closing a month that was not submitted: repeat with the confirmation (the message names what is missing).</summary>
    NeedsConfirmation = 5,

    /// <summary>Submitting a month with off-track targets that have no comment: repeat with a comment for each
    /// (<see cref="WorkflowResult.Deviations"/> lists them).</summary>
    CommentsRequired = 6,
}

/// <summary>The outcome of a workflow step; <see cref="Error"/> is German.</summary>
public sealed record WorkflowResult(bool Ok, MonthState? State, string? Error, WorkflowFailure Failure)
{
    /// <summary>What the month lacks, when closing it needs a confirmation (e.g. <c>EQ (SVB)</c>, <c>NH</c>).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>The off-track targets that still need a comment, when submitting needs them (<see cref="WorkflowFailure.CommentsRequired"/>).</summary>
    public IReadOnlyList<Deviation> Deviations { get; init; } = [];

    public static WorkflowResult Fail(WorkflowFailure failure, string error) => new(false, null, error, failure);
}
