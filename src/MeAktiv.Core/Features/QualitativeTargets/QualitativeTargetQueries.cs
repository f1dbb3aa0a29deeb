using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.QualitativeTargets;

/// <summary>
/// The qualitative targets (Pflichten und Meilensteine) a user may read (<see cref="QualitativeTargetRights.CanRead"/>),
/// of a year, optionally only those of a unit and the units below it; ordered by due date.
/// </summary>
public sealed class QualitativeTargetQueries(IDbContextFactory<AppDbContext> factory, Common.BusinessClock clock)
{
    public DateOnly Today => clock.Today;

    public async Task<IReadOnlyList<QualitativeTargetView>> ListAsync(UserScope scope, int year, string? unitCode = null,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        var rows = await db.QualitativeTargets.AsNoTracking().Where(q => q.Year == year).ToListAsync(ct);
        HashSet<int>? subtree = null;
        if (unitCode is not null)
        {
            var tree = new UnitTree(units.Select(u => new UnitNode(u.Id, u.ParentId, u.Kind)));
            var root = units.FirstOrDefault(u => u.Code == unitCode.Trim().ToUpperInvariant());
            subtree = root is null ? [] : tree.SubtreeOf(root.Id).ToHashSet();
        }

        var byId = units.ToDictionary(u => u.Id);
        var today = Today;
        return rows
            .Where(q => (subtree is null || subtree.Contains(q.OrgUnitId)) && QualitativeTargetRights.CanRead(scope, q.OrgUnitId, byId[q.OrgUnitId].Kind))
            .OrderBy(q => q.DueDate).ThenBy(q => q.Code, StringComparer.Ordinal)
            .Select(q => WithRights(scope, QualitativeTargetView.Of(q, byId[q.OrgUnitId], today), q.OrgUnitId))
            .ToList();
    }

    internal static QualitativeTargetView WithRights(UserScope scope, QualitativeTargetView view, int unitId)
    {
        var maintain = QualitativeTargetRights.CanMaintain(scope, unitId);
        return view with { CanEdit = maintain, CanSetStatus = maintain || QualitativeTargetRights.IsOwner(scope, view.Owner) };
    }
}
