using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>Loads the <see cref="Datenstand"/> in four queries: the organisation, the reporting duties, the indicators
/// switched off per year and the submitted or closed months (of the given years; all years without them).</summary>
public sealed class DatenstandQueries(IDbContextFactory<AppDbContext> factory)
{
    public async Task<Datenstand> LoadAsync(int? fromYear = null, int? toYear = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        var duties = await LoadDutiesAsync(db, ct);
        var states = await LoadStatesAsync(db, fromYear ?? int.MinValue, toYear ?? int.MaxValue, ct);
        return new Datenstand(units, duties, states, await LoadActivationAsync(db, ct));
    }

    /// <summary>Which indicators are switched off in which year (<see cref="IndicatorActivation"/>).</summary>
    public static async Task<IndicatorActivation> LoadActivationAsync(AppDbContext db, CancellationToken ct) =>
        new(await db.IndicatorYears.AsNoTracking().Where(y => !y.Active).ToListAsync(ct));

    internal static Task<List<ReportingDuty>> LoadDutiesAsync(AppDbContext db, CancellationToken ct) =>
        db.ReportingDuties.AsNoTracking().ToListAsync(ct);

    /// <summary>The submitted and closed months of the years (a month in Entwurf has no row or an Entwurf row).</summary>
    internal static Task<List<UnitMonthState>> LoadStatesAsync(AppDbContext db, int fromYear, int toYear, CancellationToken ct) =>
        db.MonthStatuses.AsNoTracking()
            .Where(s => s.Year >= fromYear && s.Year <= toYear && s.State != MonthState.Entwurf)
            .Select(s => new UnitMonthState(s.OrgUnitId, s.Year, s.Month, s.State))
            .ToListAsync(ct);
}
