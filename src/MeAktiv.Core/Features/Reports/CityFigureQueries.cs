using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Reports;

/// <summary>Loads the stadtscharf figures (indicators of category <see cref="TargetCategory.Stadtbericht"/>) of the
/// Geschäftsstellen a user may see, with city and unit names, in two queries.</summary>
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
        return new CityFigures(rows.Where(r => scope.CanSee(r.UnitId)).ToList(),
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
