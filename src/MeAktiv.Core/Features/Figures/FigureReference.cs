using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// What validating a batch of figures needs to know, loaded once per batch: units, components (with their part/whole
/// pairs), and the figures of the batch's units from the year before the batch's first year up to its last year, as
/// they will stand after this batch (stored values, replaced by the batch's own): last month, the same month last
/// year, the last 12 months and the whole of a part in the same month.
/// </summary>
public sealed class FigureReference
{
    private readonly Dictionary<string, OrgUnit> _units;
    private readonly Dictionary<(string Indicator, string Component), IndicatorComponent> _components;
    private readonly Dictionary<int, IndicatorComponent> _byId;
    private readonly ILookup<int, IndicatorComponent> _parts;
    private readonly Dictionary<(int Unit, int Component, int Year, int Month), decimal> _values = [];
    private readonly HashSet<(int Unit, int Component, int Year, int Month)> _batch = [];
    private readonly List<OrgUnitCity> _cities;

    private FigureReference(IEnumerable<OrgUnit> units, IReadOnlyList<IndicatorComponent> components, List<OrgUnitCity> cities)
    {
        _units = units.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        _components = components.ToDictionary(c => (c.Indicator!.Code, c.Code), CodePairComparer.Instance);
        _byId = components.ToDictionary(c => c.Id);
        _parts = components.Where(c => c.PartOfId is not null).ToLookup(c => c.PartOfId!.Value);
        _cities = cities;
    }

    public OrgUnit? Unit(string code) => _units.GetValueOrDefault(code);

    public IndicatorComponent? Component(string indicator, string component) =>
        _components.GetValueOrDefault((indicator, component));

    public bool HasIndicator(string indicator) =>
        _components.Keys.Any(k => string.Equals(k.Indicator, indicator, StringComparison.OrdinalIgnoreCase));

    /// <summary>The whole a "davon" component is part of (null: none).</summary>
    public IndicatorComponent? WholeOf(IndicatorComponent part) => part.PartOfId is { } id ? _byId.GetValueOrDefault(id) : null;

    /// <summary>The "davon" components whose whole is <paramref name="whole"/>.</summary>
    public IEnumerable<IndicatorComponent> PartsOf(IndicatorComponent whole) => _parts[whole.Id];

    /// <summary>Whether the unit served the city (a city component of a stadtscharf indicator) in the month.</summary>
    public bool ServesCity(OrgUnit unit, string cityCode, int year, int month) =>
        OrgUnits.CityServing.Serves(_cities, unit.Id, cityCode, year, month);

    /// <summary>The value of the figure as it will stand after this batch; null: none.</summary>
    public decimal? Value(OrgUnit unit, IndicatorComponent component, YearMonth month) =>
        _values.TryGetValue((unit.Id, component.Id, month.Year, month.Month), out var v) ? v : null;

    /// <summary>Whether the batch itself holds the figure.</summary>
    public bool InBatch(OrgUnit unit, IndicatorComponent component, YearMonth month) =>
        _batch.Contains((unit.Id, component.Id, month.Year, month.Month));

    /// <summary>
    /// The reference from data at hand (the unit tests' hand-made data; <see cref="LoadAsync"/> from the database).
    /// Components need their <see cref="IndicatorComponent.Indicator"/>.
    /// </summary>
    public static FigureReference Create(IEnumerable<OrgUnit> units, IReadOnlyList<IndicatorComponent> components,
        IEnumerable<(int Unit, int Component, int Year, int Month, decimal Value)> stored, IReadOnlyList<FigureInput> inputs,
        List<OrgUnitCity>? cities = null)
    {
        var reference = new FigureReference(units, components, cities ?? []);
        foreach (var v in stored)
        {
            reference._values[(v.Unit, v.Component, v.Year, v.Month)] = v.Value;
        }

        foreach (var input in inputs)
        {
            if (input.Value is { } value && reference.Unit(input.Unit) is { } u && reference.Component(input.Indicator, input.Component) is { } c)
            {
                reference._values[(u.Id, c.Id, input.Year, input.Month)] = value;
                reference._batch.Add((u.Id, c.Id, input.Year, input.Month));
            }
        }

        return reference;
    }

    public static async Task<FigureReference> LoadAsync(AppDbContext db, IReadOnlyList<FigureInput> inputs, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        var components = await db.IndicatorComponents.AsNoTracking().Include(c => c.Indicator).ToListAsync(ct);
        var cities = await db.OrgUnitCities.AsNoTracking().Include(l => l.City).ToListAsync(ct);
        var codes = inputs.Select(i => i.Unit).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unitIds = units.Where(u => codes.Contains(u.Code)).Select(u => u.Id).ToList();
        var years = inputs.Select(i => i.Year).Where(y => y is > 1900 and < 3000).DefaultIfEmpty(0).ToList();
        var (from, to) = (years.Min() - 1, years.Max());
        var stored = await db.MonthlyValues.AsNoTracking()
            .Where(v => unitIds.Contains(v.OrgUnitId) && v.Year >= from && v.Year <= to)
            .Select(v => new { v.OrgUnitId, v.ComponentId, v.Year, v.Month, v.Value })
            .ToListAsync(ct);
        return Create(units, components, stored.Select(v => (v.OrgUnitId, v.ComponentId, v.Year, v.Month, v.Value)), inputs, cities);
    }
}

/// <summary>Indicator and component codes compared without case, as the import and the API take them.</summary>
internal sealed class CodePairComparer : IEqualityComparer<(string Indicator, string Component)>
{
    public static readonly CodePairComparer Instance = new();

    public bool Equals((string Indicator, string Component) x, (string Indicator, string Component) y) =>
        StringComparer.OrdinalIgnoreCase.Equals(x.Indicator, y.Indicator) && StringComparer.OrdinalIgnoreCase.Equals(x.Component, y.Component);

    public int GetHashCode((string Indicator, string Component) obj) =>
        HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Indicator), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Component));
}
