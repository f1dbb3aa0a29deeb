using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// What validating a batch of figures needs to know, loaded once per batch: units, components, and last month's value
/// of every figure in the batch (from the database, or from the batch itself where it holds the month before).
/// </summary>
public sealed class FigureReference
{
    private readonly Dictionary<string, OrgUnit> _units;
    private readonly Dictionary<(string Indicator, string Component), IndicatorComponent> _components;
    private readonly Dictionary<(int Unit, int Component, int Year, int Month), decimal> _values;
    private List<OrgUnitCity> _cities = [];

    private FigureReference(IEnumerable<OrgUnit> units, IEnumerable<IndicatorComponent> components,
        Dictionary<(int, int, int, int), decimal> values)
    {
        _units = units.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        _components = components.ToDictionary(c => (c.Indicator!.Code.ToUpperInvariant(), c.Code.ToUpperInvariant()));
        _values = values;
    }

    public OrgUnit? Unit(string code) => _units.GetValueOrDefault(code);

    public IndicatorComponent? Component(string indicator, string component) =>
        _components.GetValueOrDefault((indicator.ToUpperInvariant(), component.ToUpperInvariant()));

    public bool HasIndicator(string indicator) =>
        _components.Keys.Any(k => k.Indicator == indicator.ToUpperInvariant());

    /// <summary>Whether the unit served the city (a city component of a stadtscharf indicator) in the month.</summary>
    public bool ServesCity(OrgUnit unit, string cityCode, int year, int month) =>
        OrgUnits.CityServing.Serves(_cities, unit.Id, cityCode, year, month);

    /// <summary>The value of the month before, as it will stand after this batch.</summary>
    public decimal? PreviousValue(OrgUnit unit, IndicatorComponent component, int year, int month)
    {
        var (y, m) = month == 1 ? (year - 1, 12) : (year, month - 1);
        return _values.TryGetValue((unit.Id, component.Id, y, m), out var v) ? v : null;
    }

    public static async Task<FigureReference> LoadAsync(AppDbContext db, IReadOnlyList<FigureInput> inputs, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        var components = await db.IndicatorComponents.AsNoTracking().Include(c => c.Indicator).ToListAsync(ct);
        var reference = new FigureReference(units, components, [])
        {
            _cities = await db.OrgUnitCities.AsNoTracking().Include(l => l.City).ToListAsync(ct),
        };
        var years = inputs.Select(i => i.Year).Where(y => y is > 1900 and < 3000).DefaultIfEmpty(0).ToList();
        var (from, to) = (years.Min() - 1, years.Max());
        var unitIds = inputs.Select(i => reference.Unit(i.Unit)?.Id).OfType<int>().Distinct().ToList();
        var stored = await db.MonthlyValues.AsNoTracking()
            .Where(v => unitIds.Contains(v.OrgUnitId) && v.Year >= from && v.Year <= to)
            .Select(v => new { v.OrgUnitId, v.ComponentId, v.Year, v.Month, v.Value })
            .ToListAsync(ct);
        foreach (var v in stored)
        {
            reference._values[(v.OrgUnitId, v.ComponentId, v.Year, v.Month)] = v.Value;
        }

        foreach (var input in inputs)
        {
            if (input.Value is { } value && reference.Unit(input.Unit) is { } u && reference.Component(input.Indicator, input.Component) is { } c)
            {
                reference._values[(u.Id, c.Id, input.Year, input.Month)] = value;
            }
        }

        return reference;
    }
}
