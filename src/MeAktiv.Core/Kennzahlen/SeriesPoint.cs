namespace MeAktiv.Core.Kennzahlen;

/// <summary>One month of <c>GET /api/v1/series</c>.</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Month">Calendar month, 1..12.</param>
/// <param name="Value">The headline value of that month (as <see cref="AttainmentResult.Actual"/>), or null.</param>
/// <param name="Rolling12">K2(t), the rolling 12-month Integrationsquote, for IntegrationRate; null for other kinds.</param>
public sealed record SeriesPoint(int Year, int Month, decimal? Value, decimal? Rolling12);
