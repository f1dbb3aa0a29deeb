using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>One month of a published variant: the month's value, the same month of last year, the change in percent.</summary>
public sealed record OfficialMonth(int Month, decimal? Value, decimal? LastYear, decimal? Change);

/// <summary>The published variant of an indicator beside the steering view, with its definition in words.</summary>
public sealed record OfficialVariant(string Title, string Definition, ComponentKind Kind, IReadOnlyList<OfficialMonth> Months);

/// <summary>
/// The official § 48a SGB II variants of K3 and K1 on the Kennzahl page (docs/kennzahlen.md): the change of the month
/// against the same month of last year, (X_m / X_m,Vorjahr − 1) · 100, from the same structure-adjusted figures as the
/// steering view (K3: the year's running average against its target; K1: the year-to-date sum against last year's).
/// </summary>
internal static class OfficialVariants
{
    public static OfficialVariant? Of(DashboardData data, Indicator indicator, DashboardUnit unit, int month)
    {
        var title = indicator.Code.ToUpperInvariant() switch
        {
            "K3" => "Veränderung des Bestands an Langzeitleistungsbeziehern gegenüber dem Vorjahresmonat",
            "K1" => "Veränderung der Summe der Leistungen zum Lebensunterhalt gegenüber dem Vorjahresmonat",
            _ => null,
        };
        var component = indicator.Components.FirstOrDefault(c => c.Role == ComponentRole.Value);
        if (title is null || component is null)
        {
            return null;
        }

        var series = data.Series(indicator, unit);
        var months = Enumerable.Range(1, month).Select(m =>
        {
            var value = series.Get(component.Code, data.Year, m);
            var lastYear = series.Get(component.Code, data.Year - 1, m);
            decimal? change = value is { } v && lastYear is > 0m ? ((v / lastYear.Value) - 1m) * 100m : null;
            return new OfficialMonth(m, value, lastYear, change);
        }).ToList();
        return new OfficialVariant($"{indicator.Code} nach § 48a SGB II (amtliche Kennzahl)", title, component.Kind, months);
    }
}
