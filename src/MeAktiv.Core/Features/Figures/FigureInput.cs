namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// One figure to save, as the grid, the import and the API send it. <see cref="Version"/> is the version the user saw
/// (null for a figure that did not exist yet); <see cref="ConfirmJump"/> confirms a stock jump against last month.
/// </summary>
public sealed record FigureInput(
    string Unit, string Indicator, string Component, int Year, int Month, decimal? Value, Guid? Version = null,
    bool ConfirmJump = false)
{
    public string Key => $"{Unit}/{Indicator}/{Component}/{Year:D4}-{Month:D2}".ToUpperInvariant();
}

/// <summary>Settings of the section <c>Figures</c>.</summary>
public sealed class FigureOptions
{
    public const string Section = "Figures";

    /// <summary>A stock may change by at most this factor against last month without a confirmation (default 1,5).</summary>
    public decimal StockJumpFactor { get; set; } = 1.5m;

    /// <summary>Day of the following month by which a team's month should be submitted (default 10).</summary>
    public int SubmissionDay { get; set; } = 10;
}
