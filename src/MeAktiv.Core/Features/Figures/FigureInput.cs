namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// One figure to save, as the grid, the import and the API send it. <see cref="Version"/> is the version the user saw
/// (null for a figure that did not exist yet). <see cref="Confirm"/> with a <see cref="ConfirmReason"/> (at least five
/// characters) confirms the figure's soft plausibility findings (<see cref="FigureFindings"/>); the reason is kept in
/// the audit history of the figure.
/// </summary>
public sealed record FigureInput(
    string Unit, string Indicator, string Component, int Year, int Month, decimal? Value, Guid? Version = null,
    bool Confirm = false, string? ConfirmReason = null)
{
    public string Key => $"{Unit}/{Indicator}/{Component}/{Year:D4}-{Month:D2}".ToUpperInvariant();
}

/// <summary>Settings of the section <c>Figures</c>.</summary>
public sealed class FigureOptions
{
    public const string Section = "Figures";

    /// <summary>
    /// A level (stock, VZÄ, percent) may change by at most this factor against last month or the same month last year
    /// without a confirmation (default 1,5).
    /// </summary>
    public decimal StockJumpFactor { get; set; } = 1.5m;

    /// <summary>The same for a flow (count, EUR, hours), which varies more from month to month (default 3).</summary>
    public decimal FlowJumpFactor { get; set; } = 3m;

    /// <summary>A value above this multiple of the unit's largest value of the last 12 months needs a confirmation (default 10).</summary>
    public decimal HistoryFactor { get; set; } = 10m;

    /// <summary>Day of the following month by which a team's month should be submitted (default 10).</summary>
    public int SubmissionDay { get; set; } = 10;
}
