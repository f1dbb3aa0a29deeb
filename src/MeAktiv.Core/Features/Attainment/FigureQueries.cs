using System.Linq.Expressions;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// Loads raw monthly figures for a set of units and a period in one round trip (no query per unit or month). Whole
/// years of all units are kept in <see cref="FigureCache"/> while the figures' stamp is unchanged. Only the figures of
/// submitted or closed unit-months count (<see cref="FigureWindow.Rows"/>); those of a month in Entwurf are kept apart
/// (<see cref="FigureWindow.Drafts"/>). A month's state change raises the stamp like a save of figures.
/// </summary>
public sealed class FigureQueries(IDbContextFactory<AppDbContext> factory, FigureCache cache)
{
    /// <summary>The figures that count, of all units from January of <paramref name="fromYear"/> to December of
    /// <paramref name="toYear"/>.</summary>
    public async Task<IReadOnlyList<FigureRow>> LoadAsync(int fromYear, int toYear, CancellationToken ct = default) =>
        (await LoadWindowAsync(fromYear, toYear, ct)).Rows;

    /// <summary>The figures and month states as a <see cref="FigureWindow"/>, shared while the figures' stamp is unchanged.</summary>
    public async Task<FigureWindow> LoadWindowAsync(int fromYear, int toYear, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // The stamps first: a save after this read raises them, so rows read below are never cached as newer than they are.
        return await LoadWindowAsync(db, await Stamps.ReadAsync(db, ct), fromYear, toYear, ct);
    }

    /// <summary>The window kept for the years at these stamps, or null (nothing read).</summary>
    internal FigureWindow? Cached(int fromYear, int toYear, Stamps stamps) => cache.Get(fromYear, toYear, stamps);

    /// <summary>As <see cref="LoadWindowAsync(int, int, CancellationToken)"/> with the stamps the caller has just read
    /// (before any row) on <paramref name="db"/>.</summary>
    internal async Task<FigureWindow> LoadWindowAsync(AppDbContext db, Stamps stamp, int fromYear, int toYear, CancellationToken ct)
    {
        if (cache.Get(fromYear, toYear, stamp) is { } cached)
        {
            return cached;
        }

        var all = await LoadAsync(db, v => v.Year >= fromYear && v.Year <= toYear, ct);
        var states = await DatenstandQueries.LoadStatesAsync(db, fromYear, toYear, ct);
        var counted = states.Select(s => (s.UnitId, s.Year, s.Month)).ToHashSet();
        var window = new FigureWindow(
            all.Where(r => counted.Contains((r.UnitId, r.Year, r.Month))).ToList(),
            all.Where(r => !counted.Contains((r.UnitId, r.Year, r.Month))).ToList(),
            states);
        cache.Put(fromYear, toYear, stamp, window);
        return window;
    }

    /// <summary>
    /// The figures read as plain columns (no join, no string per row: thousands of rows for a whole-tree dashboard),
    /// then the codes of their components from one small query. The component map is read after the figures: a
    /// component that has figures cannot be deleted (restrict), so every figure finds its codes.
    /// </summary>
    private static async Task<IReadOnlyList<FigureRow>> LoadAsync(
        AppDbContext db, Expression<Func<MonthlyValue, bool>> filter, CancellationToken ct)
    {
        var values = await db.MonthlyValues.AsNoTracking()
            .Where(filter)
            .Select(v => new { v.OrgUnitId, v.ComponentId, v.Year, v.Month, v.Value, v.IsDemo })
            .ToListAsync(ct);
        if (values.Count == 0)
        {
            return [];
        }

        var codes = await db.IndicatorComponents.AsNoTracking()
            .Select(c => new { c.Id, Indicator = c.Indicator!.Code, c.Code })
            .ToDictionaryAsync(c => c.Id, ct);
        var rows = new List<FigureRow>(values.Count);
        foreach (var v in values)
        {
            // inner join semantics of a single query: a figure without its component (cannot happen, see above) is left out
            if (codes.TryGetValue(v.ComponentId, out var c))
            {
                rows.Add(new FigureRow(v.OrgUnitId, c.Indicator, c.Code, v.Year, v.Month, v.Value, v.IsDemo));
            }
        }

        return rows;
    }
}

/// <summary>One raw figure with the codes the calculation needs.</summary>
public sealed record FigureRow(int UnitId, string Indicator, string Component, int Year, int Month, decimal Value, bool IsDemo);
