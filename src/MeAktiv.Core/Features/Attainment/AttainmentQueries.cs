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
        var subtree = tree.SubtreeOf(unit.Id).ToHashSet();
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Components)
            .OrderBy(i => i.SortOrder).ToListAsync(ct);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.OrgUnitId == unit.Id && t.Year >= fromYear && t.Year <= toYear)
            .Select(t => new TargetInfo(t.IndicatorId, t.Year, t.Versions.OrderByDescending(v => v.Number).First()))
            .ToListAsync(ct);
        // The whole organisation (JC): the rows of the period by the year index alone. A filter that lists every unit
        // selects the same rows, but SQLite without statistics then walks each unit's whole history instead.
        var rows = subtree.Count == units.Count
            ? (await figures.LoadAsync(fromYear - 1, toYear, ct)).Where(r => subtree.Contains(r.UnitId))
            : await figures.LoadAsync(subtree, fromYear - 1, toYear, ct);
        return new AttainmentData(unit.Code, unit.Name, unit.Kind, indicators, targets, UnitFigures.From(rows));
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
        var rows = await figures.LoadAsync(year - 1, year, ct);
        // Each figure is grouped (by unit, then indicator) and turned into the engine's RawFigure once; a unit's
        // subtree then only appends its units' groups, in the order of SubtreeOf as before.
        var own = new Dictionary<int, UnitFigures>();
        foreach (var row in rows)
        {
            if (!own.TryGetValue(row.UnitId, out var figuresOfUnit))
            {
                own[row.UnitId] = figuresOfUnit = new UnitFigures();
            }

            figuresOfUnit.Add(row);
        }

        var targetsByUnit = targets.ToLookup(t => t.OrgUnitId, t => t.Info);
        return units.Where(u => scope.CanSee(u.Id))
            .Select(u =>
            {
                var subtree = new UnitFigures();
                foreach (var id in tree.SubtreeOf(u.Id))
                {
                    if (own.TryGetValue(id, out var figuresOfUnit))
                    {
                        subtree.AddRange(figuresOfUnit);
                    }
                }

                return new AttainmentData(u.Code, u.Name, u.Kind, indicators, targetsByUnit[u.Id].ToList(), subtree);
            })
            .ToList();
    }
}

/// <summary>The current version of a target, with its indicator and year.</summary>
public sealed record TargetInfo(int IndicatorId, int Year, TargetVersion Current);

public sealed class UnitNotFoundException(string code) : Exception($"Die Organisationseinheit '{code}' gibt es nicht.");

public sealed class UnitForbiddenException(string code) : Exception($"Keine Berechtigung für die Organisationseinheit '{code}'.");
