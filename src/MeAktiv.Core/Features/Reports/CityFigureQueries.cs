using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Reports;

/// <summary>Loads the stadtscharf figures (indicators of category <see cref="TargetCategory.Stadtbericht"/>) of the
/// Geschäftsstellen a user may see, of submitted or closed months only, with city and unit names, in three queries.</summary>
public sealed class CityFigureQueries(IDbContextFactory<AppDbContext> factory)
{
    public async Task<CityFigures> LoadAsync(UserScope scope, IReadOnlyCollection<string> indicatorCodes,
        YearMonth from, YearMonth to, CancellationToken ct = default)
    {
        var first = from.Year * 100 + from.Month;
        var last = to.Year * 100 + to.Month;
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.MonthlyValues.AsNoTracking()
            .Where(v => v.Component!.Indicator!.Category == TargetCategory.Stadtbericht
                && indicatorCodes.Contains(v.Component.Indicator.Code)
                && v.Year * 100 + v.Month >= first && v.Year * 100 + v.Month <= last)
            .Select(v => new CityFigure(v.OrgUnitId, v.OrgUnit!.Code, v.OrgUnit.Name, v.Component!.Indicator!.Code,
                v.Component.Code, v.Year, v.Month, v.Value, v.IsDemo))
            .ToListAsync(ct);
        var cities = await db.Cities.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        // Only figures of submitted or closed months count in a report (docs/kennzahlen.md, "Datenstand").
        var counted = (await DatenstandQueries.LoadStatesAsync(db, from.Year, to.Year, ct))
            .Select(s => (s.UnitId, s.Year, s.Month)).ToHashSet();
        return new CityFigures(rows.Where(r => scope.CanSee(r.UnitId) && counted.Contains((r.UnitId, r.Year, r.Month))).ToList(),
            cities.ToDictionary(c => c.Code, c => c.Name, StringComparer.OrdinalIgnoreCase));
    }
}

/// <summary>One stadtscharf figure: the component code is the city's code.</summary>
public sealed record CityFigure(int UnitId, string UnitCode, string UnitName, string Indicator, string City, int Year, int Month,
    decimal Value, bool IsDemo);

public sealed record CityFigures(IReadOnlyList<CityFigure> Rows, IReadOnlyDictionary<string, string> CityNames)
{
    public string CityName(string code) => CityNames.GetValueOrDefault(code, code);
}
