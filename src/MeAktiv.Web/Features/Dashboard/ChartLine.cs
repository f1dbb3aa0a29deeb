namespace MeAktiv.Web.Features.Dashboard;

/// <summary>One series of a dashboard chart: its German name, one value per label (null: none) and whether it is drawn dashed.</summary>
public sealed record ChartLine(string Name, IReadOnlyList<decimal?> Values, bool Dashed = false);
