using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>The dashboards' side of <see cref="TraegerMonths"/>: the Träger sees only complete months.</summary>
internal static class TraegerView
{
    /// <summary>The data and month a dashboard shows the caller: the asked month, or for the Träger, when it is not
    /// complete, the latest complete month (another year's data when it lies in another year).</summary>
    public static async Task<(DashboardData Data, int Month)> ShownAsync(Func<int, CancellationToken, Task<DashboardData>> load, UserScope scope,
        DashboardData data, int month, CancellationToken ct)
    {
        var shown = TraegerMonths.Shown(scope, data.Datenstand, new YearMonth(data.Year, month));
        return shown.Year == data.Year ? (data, shown.Month) : (await load(shown.Year, ct), shown.Month);
    }

    /// <summary>The months of the picker: January up to the latest month with figures, for the Träger complete ones only.</summary>
    public static IReadOnlyList<int> Selectable(UserScope scope, DashboardData data) =>
        TraegerMonths.Selectable(scope, data.Datenstand, data.Year,
            Enumerable.Range(1, Math.Max(1, data.LatestMonthWithAnyFigure() ?? 1)).ToList());
}
