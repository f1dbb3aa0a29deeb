namespace MeAktiv.Core.Features.Reports;

/// <summary>
/// The BuT quarterly report (Zielvereinbarung IV.6) at a Stichtag (15.01., 15.04., 15.07., 15.10.): per Geschäftsstelle
/// and city, per city and in total — applications processed and expenditure since the previous quarterly Stichtag (the
/// three monthly figures up to the Stichtag month), open applications and backlog on the Stichtag.
/// </summary>
public sealed record ButReport(int Year, int Stichtag, DateOnly Date, string PeriodText,
    IReadOnlyList<ButSite> Sites, IReadOnlyList<ButLine> Cities, ButLine Total, IReadOnlyList<string> MissingMonths, bool HasDemoFigures)
{
    public bool IsIncomplete => MissingMonths.Count > 0;

    /// <summary>Set (to Privacy:MinCellSize) when counts below it were removed for the Träger (null cells, shown as "&lt; n").</summary>
    public int? HiddenBelow { get; init; }
}

/// <summary>A Geschäftsstelle with a line per city it reported for, and its subtotal.</summary>
public sealed record ButSite(string UnitCode, string UnitName, IReadOnlyList<ButLine> Cities, ButLine Subtotal);

/// <summary>The four BuT figures. Open and backlog are null where nothing was entered for the Stichtag month
/// (e.g. a Geschäftsstelle that stopped serving the city during the quarter). For the Träger, counts below
/// Privacy:MinCellSize are null as well (SmallCellRule; the expenditure is an amount, not a count).</summary>
public sealed record ButLine(string Code, string Name, decimal? Processed, decimal? Open, decimal Expenditure, decimal? Backlog)
{
    public bool ProcessedHidden { get; init; }

    public bool OpenHidden { get; init; }

    public bool BacklogHidden { get; init; }
}
