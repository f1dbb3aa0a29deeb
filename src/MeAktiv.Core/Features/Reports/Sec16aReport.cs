namespace MeAktiv.Core.Features.Reports;

/// <summary>
/// The stadtscharf § 16a report at year end (Zielvereinbarung IV.3): customers per kommunale Eingliederungsleistung
/// (Nrn. 1–3, optionally Nr. 4) per city, as the sum of the months January–December (or up to the last month entered).
/// </summary>
public sealed record Sec16aReport(int Year, bool IncludesNo4, IReadOnlyList<Sec16aService> Services,
    IReadOnlyList<Sec16aCityRow> Cities, Sec16aCityRow Total, int? LastMonth, bool HasDemoFigures)
{
    /// <summary>Set (to Privacy:MinCellSize) when counts below it were removed for the Träger (null cells, shown as "&lt; n").</summary>
    public int? HiddenBelow { get; init; }

    /// <summary>Not all twelve months are entered yet: the report is preliminary.</summary>
    public bool IsIncomplete => LastMonth is not 12;
}

/// <summary>A service (Leistung) of § 16a SGB II, with the indicator that holds its figures.</summary>
public sealed record Sec16aService(int Number, string IndicatorCode, string Name);

/// <summary>One city: customers per service (same order as <see cref="Sec16aReport.Services"/>) and their sum;
/// the Geschäftsstellen that entered the figures. A count is null when it was hidden as a small cell (SmallCellRule).</summary>
public sealed record Sec16aCityRow(string CityCode, string CityName, IReadOnlyList<decimal?> PerService, decimal? Sum,
    IReadOnlyList<string> EnteredBy);
