using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// What validating a batch of figures needs to know, loaded once per batch: units, components (with their part/whole
/// pairs), and the figures of the batch's units from the year before the batch's first year up to its last year, as
/// they will stand after this batch (stored values, replaced by the batch's own): last month, the same month last
/// year, the last 12 months and the whole of a part in the same month. Per figure of the batch one entry (its value
/// and the tag of its first input, for the duplicates). A batch too large to hold (the import) only notes its inputs'
/// units and years (<see cref="Note"/>), has <see cref="LoadStoredAsync"/> hand the stored figures to its staging
/// (<see cref="StoredTo"/>) and sets the figures a window at a time (<see cref="Keep"/>, <see cref="Set"/>).
/// </summary>
public sealed class FigureReference
{
    private readonly Dictionary<string, OrgUnit> _units;
    private readonly Dictionary<(string Indicator, string Component), IndicatorComponent> _components;
    private readonly Dictionary<int, IndicatorComponent> _byId;
    private readonly ILookup<int, IndicatorComponent> _parts;
    private readonly Dictionary<(int Unit, int Component, int Year, int Month), Slot> _values = [];
    private readonly List<OrgUnitCity> _cities;
    private readonly HashSet<int> _batchUnits = [];
    private readonly HashSet<(int Unit, int Year)> _storedYears = [];
    private (int From, int To) _years = (int.MaxValue, int.MinValue);

    /// <summary>A figure's value as it will stand; <see cref="First"/>: the tag of the batch's first input of it (-1: stored only).</summary>
    private readonly record struct Slot(decimal Value, int First);

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
        _values.TryGetValue((unit.Id, component.Id, month.Year, month.Month), out var v) ? v.Value : null;

    /// <summary>Whether the batch itself holds the figure.</summary>
    public bool InBatch(OrgUnit unit, IndicatorComponent component, YearMonth month) =>
        _values.TryGetValue((unit.Id, component.Id, month.Year, month.Month), out var v) && v.First >= 0;

    /// <summary>The tag of the batch's first input of the figure (an input with another tag repeats it); -1: none.</summary>
    public int FirstInBatch(int unit, int component, int year, int month) =>
        _values.TryGetValue((unit, component, year, month), out var v) ? v.First : -1;

    /// <summary>The units the batch names (those that exist).</summary>
    public IReadOnlyCollection<int> BatchUnits => _batchUnits;

    /// <summary>
    /// Adds an input of the batch with its tag (its index, or the import's row number; never negative): a later input
    /// of the same figure replaces the value, the first keeps its tag.
    /// </summary>
    public void Add(FigureInput input, int tag)
    {
        if (Note(input) is ({ } unit, { } c) && input.Value is { } value)
        {
            var key = (unit.Id, c.Id, input.Year, input.Month);
            _values[key] = _values.TryGetValue(key, out var slot) && slot.First >= 0 ? slot with { Value = value } : new Slot(value, tag);
        }
    }

    /// <summary>
    /// Notes an input's unit and year (which stored figures <see cref="LoadStoredAsync"/> reads) without keeping its
    /// value: a batch staged outside memory (the import) sets the figures a window at a time (<see cref="Set"/>).
    /// </summary>
    /// <returns>The input's unit and component (null: unknown).</returns>
    internal (OrgUnit? Unit, IndicatorComponent? Component) Note(FigureInput input)
    {
        var unit = Unit(input.Unit);
        if (unit is not null)
        {
            _batchUnits.Add(unit.Id);
        }

        if (input.Year is > 1900 and < 3000)
        {
            _years = (Math.Min(_years.From, input.Year), Math.Max(_years.To, input.Year));
        }

        return (unit, Component(input.Indicator, input.Component));
    }

    /// <summary>Sets a figure as it will stand (<paramref name="first"/>: the tag of the batch's first input of it, -1: stored only).</summary>
    internal void Set(int unit, int component, int year, int month, decimal value, int first) =>
        _values[(unit, component, year, month)] = new Slot(value, first);

    /// <summary>The figures held (stored and the batch's).</summary>
    internal int Held => _values.Count;

    /// <summary>Forgets every figure except those of <paramref name="unit"/> from the month <paramref name="from"/> on
    /// (<see cref="YearMonth.Index()"/>; <see cref="int.MaxValue"/>: forget all).</summary>
    internal void Keep(int unit, int from)
    {
        foreach (var key in _values.Keys)
        {
            if (key.Unit != unit || new YearMonth(key.Year, key.Month).Index() < from)
            {
                _values.Remove(key);
            }
        }
    }

    /// <summary>
    /// Where <see cref="LoadStoredAsync"/> hands the stored figures instead of keeping them (null: kept): a batch
    /// staged outside memory stages them beside its own.
    /// </summary>
    internal Action<int, int, int, int, decimal>? StoredTo { get; set; }

    /// <summary>
    /// The reference from data at hand (the unit tests' hand-made data; <see cref="LoadAsync"/> from the database).
    /// Components need their <see cref="IndicatorComponent.Indicator"/>.
    /// </summary>
    public static FigureReference Create(IEnumerable<OrgUnit> units, IReadOnlyList<IndicatorComponent> components,
        IEnumerable<(int Unit, int Component, int Year, int Month, decimal Value)> stored, IReadOnlyList<FigureInput> inputs,
        List<OrgUnitCity>? cities = null)
    {
        var reference = new FigureReference(units, components, cities ?? []);
        for (var i = 0; i < inputs.Count; i++)
        {
            reference.Add(inputs[i], i);
        }

        foreach (var v in stored)
        {
            reference.AddStored(v.Unit, v.Component, v.Year, v.Month, v.Value);
        }

        return reference;
    }

    public static async Task<FigureReference> LoadAsync(AppDbContext db, IReadOnlyList<FigureInput> inputs, CancellationToken ct)
    {
        var reference = await LoadReferenceDataAsync(db, ct);
        for (var i = 0; i < inputs.Count; i++)
        {
            reference.Add(inputs[i], i);
        }

        await reference.LoadStoredAsync(db, ct);
        return reference;
    }

    /// <summary>Units, components and cities, without any figure: <see cref="Add"/> the batch, then <see cref="LoadStoredAsync"/>.</summary>
    public static async Task<FigureReference> LoadReferenceDataAsync(AppDbContext db, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        var components = await db.IndicatorComponents.AsNoTracking().Include(c => c.Indicator).ToListAsync(ct);
        var cities = await db.OrgUnitCities.AsNoTracking().Include(l => l.City).ToListAsync(ct);
        return new FigureReference(units, components, cities);
    }

    /// <summary>The stored figures of the batch's units from the year before its first year up to its last year
    /// (the batch's own values stay).</summary>
    public async Task LoadStoredAsync(AppDbContext db, CancellationToken ct)
    {
        var unitIds = _batchUnits.ToList();
        var (from, to) = _years.From <= _years.To ? (_years.From - 1, _years.To) : (-1, 0);
        var stored = db.MonthlyValues.AsNoTracking()
            .Where(v => unitIds.Contains(v.OrgUnitId) && v.Year >= from && v.Year <= to)
            .Select(v => new { v.OrgUnitId, v.ComponentId, v.Year, v.Month, v.Value })
            .AsAsyncEnumerable();
        await foreach (var v in stored.WithCancellation(ct))
        {
            if (StoredTo is { } sink)
            {
                sink(v.OrgUnitId, v.ComponentId, v.Year, v.Month, v.Value);
                _storedYears.Add((v.OrgUnitId, v.Year));
            }
            else
            {
                AddStored(v.OrgUnitId, v.ComponentId, v.Year, v.Month, v.Value);
            }
        }
    }

    /// <summary>Whether the unit has stored figures in the year (known for the batch's units and years).</summary>
    public bool HasStored(int unit, int year) => _storedYears.Contains((unit, year));

    private void AddStored(int unit, int component, int year, int month, decimal value)
    {
        _values.TryAdd((unit, component, year, month), new Slot(value, -1));
        _storedYears.Add((unit, year));
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
