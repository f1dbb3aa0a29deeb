using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// The deviations of a month that need a comment (<see cref="DeviationRule"/>), from THE one load of the organisation
/// (<see cref="AttainmentQueries.LoadOrganisationAsync"/>) and the target each unit is held to (<c>TargetRule</c>):
/// <see cref="ForSubmitAsync"/> those of one unit as its figures will count once the month is submitted (its drafts of
/// the month included), <see cref="UncommentedAsync"/> those of every submitted or closed unit-month the caller may see
/// that have no comment yet (the Monatsabschluss page, the API, the weekly digest).
/// </summary>
public sealed class DeviationQueries(IDbContextFactory<AppDbContext> factory, AttainmentQueries attainment,
    IOptionsMonitor<DeviationOptions> options)
{
    public DeviationLevel Level => options.CurrentValue.CommentFrom;

    /// <summary>Who sees the uncommented deviations: the Bereichsleitung (its area) and the Geschäftsführung.</summary>
    public static bool MaySeeUncommented(UserScope scope) =>
        scope.IsInRole(Roles.Bereichsleitung) || scope.IsInRole(Roles.Geschaeftsfuehrung);

    /// <summary>The unit's off-track targets of the month as they will count after the submit, commented or not.
    /// Empty for a unit that does not exist or the caller may not see (the workflow says why).</summary>
    public async Task<IReadOnlyList<Deviation>> ForSubmitAsync(UserScope scope, string unitCode, int year, int month,
        CancellationToken ct = default)
    {
        var org = await attainment.LoadOrganisationAsync(year, year, ct);
        if (org.Find(unitCode) is not { } unit || !scope.CanSee(unit.Id))
        {
            return [];
        }

        var comments = await CommentsAsync([unit.Id], year, month, ct);
        return Of(AttainmentQueries.AsSubmitted(org, unit, new YearMonth(year, month)), year, month, Level, comments);
    }

    /// <summary>
    /// Every off-track target without a comment of the month at the units the caller is responsible for (may change the
    /// figures of: the Bereichsleitung its areas, the Geschäftsführung all) that owe figures for the month and have
    /// submitted or closed it (their figures count), in the order of the Monatsabschluss and the indicators.
    /// </summary>
    public async Task<IReadOnlyList<Deviation>> UncommentedAsync(UserScope scope, int year, int month, CancellationToken ct = default)
    {
        var org = await attainment.LoadOrganisationAsync(year, year, ct);
        var ym = new YearMonth(year, month);
        var units = org.Datenstand.Root is { } root
            ? org.Datenstand.ExpectedUnits(root.Id, ym).Where(u => scope.CanEditFigures(u.Id) && org.Datenstand.Counts(u.Id, ym)).ToList()
            : [];
        var comments = await CommentsAsync([.. units.Select(u => u.Id)], year, month, ct);
        return [.. units.SelectMany(u => Of(AttainmentQueries.Counted(org, u), year, month, Level, comments)).Where(d => !d.IsCommented)];
    }

    /// <summary>THE selection: the active indicators of the year whose held target's light needs a comment.</summary>
    internal static IReadOnlyList<Deviation> Of(AttainmentData data, int year, int month, DeviationLevel level,
        IReadOnlyDictionary<(int Unit, string Indicator), string> comments) =>
        [.. data.IndicatorsOf(year)
            .Select(i => (Indicator: i, Held: data.TargetOf(i, year, month)))
            .Where(x => x.Held?.Annual is not null)
            .Select(x => (x.Indicator, Result: data.Calculate(x.Indicator, year, month, x.Held)))
            .Where(x => DeviationRule.NeedsComment(x.Result.Light, level))
            .Select(x => new Deviation(data.UnitCode, data.UnitName, x.Indicator.Code, x.Indicator.Name, x.Indicator.Unit,
                x.Result.Actual, x.Result.PhasedTarget, x.Result.Light, comments.GetValueOrDefault((data.UnitId, x.Indicator.Code))))];

    private async Task<IReadOnlyDictionary<(int Unit, string Indicator), string>> CommentsAsync(IReadOnlyCollection<int> units,
        int year, int month, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await (from c in db.IndicatorComments.AsNoTracking()
                          join i in db.Indicators on c.IndicatorId equals i.Id
                          where units.Contains(c.OrgUnitId) && c.Year == year && c.Month == month
                          select new { c.OrgUnitId, i.Code, c.Text }).ToListAsync(ct);
        return rows.ToDictionary(r => (r.OrgUnitId, r.Code), r => r.Text);
    }
}
