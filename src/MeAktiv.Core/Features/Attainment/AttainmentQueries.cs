using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// Loads what the engine needs for one unit and everything below it, in a fixed number of queries (units, indicators,
/// targets, figures: no query per unit or month), and hands it to <see cref="AttainmentData"/> for the calculation.
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
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking()
            .Select(u => new { u.Id, u.Code, u.Name, u.ParentId, u.Kind })
            .ToListAsync(ct);
        var unit = units.FirstOrDefault(u => string.Equals(u.Code, unitCode, StringComparison.OrdinalIgnoreCase))
            ?? throw new UnitNotFoundException(unitCode);
        if (!scope.CanSee(unit.Id))
        {
            throw new UnitForbiddenException(unit.Code);
        }

        var tree = new UnitTree(units.Select(u => new UnitNode(u.Id, u.ParentId, u.Kind)));
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Components)
            .OrderBy(i => i.SortOrder).ToListAsync(ct);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.OrgUnitId == unit.Id && t.Year >= fromYear && t.Year <= toYear)
            .Select(t => new TargetInfo(t.IndicatorId, t.Year, t.Versions.OrderByDescending(v => v.Number).First()))
            .ToListAsync(ct);
        // All units' figures of the period, shared (FigureCache): a unit's subtree is one entry of the grouped window.
        var window = await figures.LoadWindowAsync(fromYear - 1, toYear, ct);
        var subtree = window.Derived(tree.Signature, rows => SubtreeFigures.Build(rows, tree)).ByUnit[unit.Id];
        return new AttainmentData(unit.Code, unit.Name, unit.Kind, indicators, targets, subtree);
    }

    /// <summary>
    /// Every unit the user may see, for <paramref name="year"/>, from one load of the whole tree (four queries in all):
    /// the data behind a dashboard that shows all units at once.
    /// </summary>
    public async Task<IReadOnlyList<AttainmentData>> LoadTreeAsync(UserScope scope, int year, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking()
            .Select(u => new { u.Id, u.Code, u.Name, u.ParentId, u.Kind })
            .ToListAsync(ct);
        var tree = new UnitTree(units.Select(u => new UnitNode(u.Id, u.ParentId, u.Kind)));
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Components)
            .OrderBy(i => i.SortOrder).ToListAsync(ct);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.Year == year)
            .Select(t => new { t.OrgUnitId, Info = new TargetInfo(t.IndicatorId, t.Year, t.Versions.OrderByDescending(v => v.Number).First()) })
            .ToListAsync(ct);
        var window = await figures.LoadWindowAsync(year - 1, year, ct);
        // Grouped once per loaded window and unit tree, shared by every dashboard until a save raises the stamp; each
        // subtree also keeps the engine's summed series per indicator (see UnitFigures.SeriesOf).
        var subtrees = window.Derived(tree.Signature, rows => SubtreeFigures.Build(rows, tree)).ByUnit;
        var definitions = indicators.ToDictionary(i => i.Id, IndicatorDefinition.FromEntity);
        var targetsByUnit = targets.ToLookup(t => t.OrgUnitId, t => t.Info);
        return units.Where(u => scope.CanSee(u.Id))
            .Select(u => new AttainmentData(u.Code, u.Name, u.Kind, indicators, targetsByUnit[u.Id].ToList(),
                subtrees.GetValueOrDefault(u.Id) ?? new UnitFigures(), definitions))
            .ToList();
    }
}

/// <summary>The current version of a target, with its indicator and year.</summary>
public sealed record TargetInfo(int IndicatorId, int Year, TargetVersion Current);

public sealed class UnitNotFoundException(string code) : Exception($"Die Organisationseinheit '{code}' gibt es nicht.");

public sealed class UnitForbiddenException(string code) : Exception($"Keine Berechtigung für die Organisationseinheit '{code}'.");
