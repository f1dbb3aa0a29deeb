using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// Loads what the engine needs for one unit and everything below it, in a fixed number of queries (units, indicators,
/// targets, reporting duties, figures and month states: no query per unit or month), and hands it to
/// <see cref="AttainmentData"/> for the calculation. Only figures of submitted or closed months count
/// (<see cref="FigureWindow"/>); <see cref="LoadForEntryAsync"/> adds a unit's own drafts for its Erfassung page.
/// </summary>
public sealed class AttainmentQueries(IDbContextFactory<AppDbContext> factory, FigureQueries figures)
{
    /// <summary>The data of <paramref name="unitCode"/>'s subtree for months of <paramref name="fromYear"/>..<paramref name="toYear"/>
    /// (the year before is loaded too: the Jahresfortschrittswert and the change kinds need it).</summary>
    /// <exception cref="UnitNotFoundException">No such unit.</exception>
    /// <exception cref="UnitForbiddenException">The user may not see the unit.</exception>
    public async Task<AttainmentData> LoadAsync(
        UserScope scope, string unitCode, int fromYear, int toYear, CancellationToken ct = default)
    {
        var loaded = await LoadCoreAsync(fromYear - 1, toYear, ct);
        var unit = loaded.Stand.Find(unitCode) ?? throw new UnitNotFoundException(unitCode);
        if (!scope.CanSee(unit.Id))
        {
            throw new UnitForbiddenException(unit.Code);
        }

        return loaded.Data(unit, loaded.Subtrees[unit.Id], fromYear, toYear);
    }

    /// <summary>
    /// Every unit the user may see, for <paramref name="year"/>, from one load of the whole tree (a fixed few queries):
    /// the data behind a dashboard that shows all units at once.
    /// </summary>
    public async Task<IReadOnlyList<AttainmentData>> LoadTreeAsync(UserScope scope, int year, CancellationToken ct = default)
    {
        var loaded = await LoadCoreAsync(year - 1, year, ct);
        return loaded.Stand.Units.Where(u => scope.CanSee(u.Id))
            .Select(u => loaded.Data(u, loaded.Subtrees.GetValueOrDefault(u.Id) ?? new UnitFigures(), year, year))
            .ToList();
    }

    /// <summary>
    /// The data behind the Erfassung grid's derived values of the given units: each unit's own figures including its
    /// drafts (the page shows the unit what it has entered), the units below it only with their submitted or closed
    /// months, as everywhere else. Units the user may not see are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, AttainmentData>> LoadForEntryAsync(
        UserScope scope, IReadOnlyCollection<string> unitCodes, int year, CancellationToken ct = default)
    {
        var loaded = await LoadCoreAsync(year - 1, year, ct);
        var result = new Dictionary<string, AttainmentData>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in loaded.Stand.Units.Where(u => scope.CanSee(u.Id)
                     && unitCodes.Contains(u.Code, StringComparer.OrdinalIgnoreCase)))
        {
            var own = new UnitFigures();
            own.AddRange(loaded.Subtrees.GetValueOrDefault(unit.Id) ?? UnitFigures.None);
            foreach (var draft in loaded.Window.Drafts.Where(r => r.UnitId == unit.Id))
            {
                own.Add(draft);
            }

            result[unit.Code] = loaded.Data(unit, own, year, year);
        }

        return result;
    }

    private async Task<Loaded> LoadCoreAsync(int fromYear, int toYear, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Components)
            .OrderBy(i => i.SortOrder).ToListAsync(ct);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.Year >= fromYear && t.Year <= toYear)
            .Select(t => new { t.OrgUnitId, Info = new TargetInfo(t.IndicatorId, t.Year, t.Versions.OrderByDescending(v => v.Number).First()) })
            .ToListAsync(ct);
        var duties = await DatenstandQueries.LoadDutiesAsync(db, ct);
        // All units' figures of the period, shared (FigureCache): a unit's subtree is one entry of the grouped window.
        var window = await figures.LoadWindowAsync(fromYear, toYear, ct);
        var tree = new UnitTree(units.Select(u => new UnitNode(u.Id, u.ParentId, u.Kind)));
        // Grouped once per loaded window and unit tree, shared by every dashboard until a save raises the stamp; each
        // subtree also keeps the engine's summed series per indicator (see UnitFigures.SeriesOf).
        var subtrees = window.Derived(tree.Signature, rows => SubtreeFigures.Build(rows, tree)).ByUnit;
        return new Loaded(new Datenstand(units, duties, window.States), indicators,
            targets.ToLookup(t => t.OrgUnitId, t => t.Info), window, subtrees,
            indicators.ToDictionary(i => i.Id, IndicatorDefinition.FromEntity));
    }

    private sealed record Loaded(Datenstand Stand, IReadOnlyList<Indicator> Indicators, ILookup<int, TargetInfo> Targets,
        FigureWindow Window, IReadOnlyDictionary<int, UnitFigures> Subtrees, IReadOnlyDictionary<int, IndicatorDefinition> Definitions)
    {
        public AttainmentData Data(OrgUnit unit, UnitFigures figures, int fromYear, int toYear) =>
            new(unit, Indicators, Targets[unit.Id].Where(t => t.Year >= fromYear && t.Year <= toYear).ToList(), figures, Stand, Window, Definitions);
    }
}

/// <summary>The current version of a target, with its indicator and year.</summary>
public sealed record TargetInfo(int IndicatorId, int Year, TargetVersion Current);

public sealed class UnitNotFoundException(string code) : Exception($"Die Organisationseinheit '{code}' gibt es nicht.");

public sealed class UnitForbiddenException(string code) : Exception($"Keine Berechtigung für die Organisationseinheit '{code}'.");
