using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>
/// The variance dashboards: the Gesamtübersicht of a unit (every target of the year), and one indicator's page with
/// the drill-down to the units below, the chart series and the detail. One load per call,
/// all figures from the Kennzahlen engine over THE one load (<see cref="AttainmentQueries.LoadOrganisationAsync"/>); every unit is checked against the user's <see cref="UserScope"/>.
/// </summary>
public sealed class DashboardService(AttainmentQueries queries, SmallCellRule cells, IndicatorFollowUpQueries followUps)
{
    /// <exception cref="UnitNotFoundException">No such unit.</exception>
    /// <exception cref="UnitForbiddenException">The user may not see the unit.</exception>
    public async Task<DashboardOverview> OverviewAsync(UserScope scope, string? unitCode, int year, int? month, CancellationToken ct = default)
    {
        var data = await LoadAsync(year, ct);
        var unit = Resolve(data, scope, unitCode);
        (data, var m) = await TraegerView.ShownAsync(LoadAsync, scope, data, month is >= 1 and <= 12 ? month.Value : CompleteMonths.Default(data), ct);
        var months = CompleteMonths.ForYear(data);
        var (coverage, missing) = CoverageAt(data, scope, unit, m);
        var cards = data.Indicators
            .Where(i => data.HasFigures(i, unit) || data.TargetOf(i, unit, m) is not null)
            .Select(i => data.Card(i, unit, m))
            .ToList();
        var overview = DashboardPrivacy.Apply(cells.For(scope), new DashboardOverview(data.Year, m, Latest(data, months), Selectable(scope, data), unit.Ref,
            data.AncestorsOf(unit).Where(a => scope.CanSee(a.Id)).Select(a => a.Ref).ToList(),
            data.ChildrenOf(unit).Where(c => scope.CanSee(c.Id) && c.ExistsIn(data.Year, m)).Select(c => c.Ref).ToList(),
            data.HasDemoFigures(unit), cards)
            {
                Coverage = coverage, Missing = missing, DissolvedChildren = DissolvedUnits.Children(data, scope, unit, m),
                StructureChanges = data.StructureChangesOf(scope, unit, m),
            });
        var notes = await followUps.ForAsync(scope, unit.Id, data.SubtreeOf(unit).Select(u => u.Id).ToList(), new YearMonth(data.Year, m),
            MorningSummary.Wanted(overview.Cards), ct);
        return overview with { Summary = MorningSummary.Build(overview.Cards, notes) };
    }

    /// <exception cref="IndicatorNotFoundException">No such indicator.</exception>
    /// <exception cref="UnitNotFoundException">No such unit.</exception>
    /// <exception cref="UnitForbiddenException">The user may not see the unit.</exception>
    public async Task<IndicatorView> IndicatorAsync(UserScope scope, string indicatorCode, string? unitCode, int year, int? month,
        OrgUnitKind? level = null, CancellationToken ct = default)
    {
        var data = await LoadAsync(year, ct);
        var indicator = data.FindIndicator(indicatorCode) ?? throw new IndicatorNotFoundException(indicatorCode);
        var unit = Resolve(data, scope, unitCode);
        (data, var m) = await TraegerView.ShownAsync(LoadAsync, scope, data, month is >= 1 and <= 12 ? month.Value : CompleteMonths.Default(data), ct);
        var months = CompleteMonths.ForYear(data);
        var (coverage, missing) = CoverageAt(data, scope, unit, m);
        var card = data.Card(indicator, unit, m);
        var held = data.TargetOf(indicator, unit, m);
        return DashboardPrivacy.Apply(cells.For(scope), new IndicatorView(card, indicator.Description, FormulaText.Of(indicator), unit.Ref,
            data.AncestorsOf(unit).Where(a => scope.CanSee(a.Id)).Select(a => a.Ref).ToList(), Selectable(scope, data),
            IndicatorCharts.Path(data, indicator, unit, card), IndicatorCharts.Rolling(data, indicator, unit, m),
            IndicatorCharts.LastYear(data, indicator, unit, m),
            Ranking.Build(data, scope, indicator, unit, card, level),
            IndicatorCharts.Components(data, indicator, unit),
            held is null ? [] : data.TargetVersions(indicator, held.HolderId),
            new DataDelayInfo(data.LatestMonthWithFigures(indicator, unit), Latest(data, months), months),
            data.HasDemoFigures(unit)) {
                Coverage = coverage, Missing = missing, StructureChanges = data.StructureChangesOf(scope, unit, m),
                Official = OfficialVariants.Of(data, indicator, unit, m),
            });
    }

    /// <summary>
    /// The unit a user's dashboard opens with: the Jobcenter for Geschäftsführung, Administration and Träger; for a
    /// Bereichsleitung the area it is responsible for, for a Teamleitung its team (several: their common parent).
    /// </summary>
    public static DashboardUnit Landing(DashboardData data, UserScope scope)
    {
        var root = data.Root ?? throw new UnitNotFoundException("(Wurzel)");
        if (scope.IsInRole(Roles.Geschaeftsfuehrung) || scope.IsInRole(Roles.Administration) || scope.IsInRole(Roles.Traeger))
        {
            return root;
        }

        var own = scope.IsInRole(Roles.Bereichsleitung)
            ? data.Units.Where(u => scope.CanEditFigures(u.Id) && (data.ParentOf(u) is not { } p || !scope.CanEditFigures(p.Id)))
            : data.Units.Where(u => u.Kind == OrgUnitKind.Team && scope.CanSee(u.Id));
        var paths = own.Select(u => data.AncestorsOf(u).Append(u).ToList()).ToList();
        if (paths.Count == 0)
        {
            return root;
        }

        var common = paths[0];
        foreach (var path in paths.Skip(1))
        {
            common = common.Zip(path).TakeWhile(x => x.First.Id == x.Second.Id).Select(x => x.First).ToList();
        }

        return common.LastOrDefault() ?? root;
    }

    private async Task<DashboardData> LoadAsync(int year, CancellationToken ct) =>
        new(year, await queries.LoadOrganisationAsync(year, year, ct));

    private static DashboardUnit Resolve(DashboardData data, UserScope scope, string? unitCode)
    {
        if (string.IsNullOrWhiteSpace(unitCode))
        {
            return Landing(data, scope);
        }

        var unit = data.Find(unitCode.Trim()) ?? throw new UnitNotFoundException(unitCode.Trim());
        return scope.CanSee(unit.Id) ? unit : throw new UnitForbiddenException(unit.Code);
    }

    /// <summary>The Datenstand of the unit's month; the missing units the user may not see are counted, not named.</summary>
    private static (Coverage Coverage, IReadOnlyList<MissingUnit> Missing) CoverageAt(DashboardData data, UserScope scope,
        DashboardUnit unit, int month)
    {
        var coverage = data.Datenstand.CoverageOf(unit.Id, new YearMonth(data.Year, month));
        var visible = data.Units.Where(u => scope.CanSee(u.Id)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        return (coverage.Coverage, coverage.Missing.Where(u => visible.Contains(u.Code)).ToList());
    }

    private static YearMonth? Latest(DashboardData data, IReadOnlyList<MonthCompleteness> months) =>
        CompleteMonths.Latest(months) is { } m ? new YearMonth(data.Year, m) : null;

    private static IReadOnlyList<int> Selectable(UserScope scope, DashboardData data) => TraegerView.Selectable(scope, data);
}

public sealed class IndicatorNotFoundException(string code) : Exception($"Die Kennzahl '{code}' gibt es nicht.");
