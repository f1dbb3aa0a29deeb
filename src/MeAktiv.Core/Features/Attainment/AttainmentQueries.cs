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
public sealed class AttainmentQueries(IDbContextFactory<AppDbContext> factory, FigureQueries figures, ReferenceCache references)
{
    /// <summary>The data of <paramref name="unitCode"/>'s subtree for months of <paramref name="fromYear"/>..<paramref name="toYear"/>
    /// (the year before is loaded too: the Jahresfortschrittswert and the change kinds need it).</summary>
    /// <exception cref="UnitNotFoundException">No such unit.</exception>
    /// <exception cref="UnitForbiddenException">The user may not see the unit.</exception>
    public async Task<AttainmentData> LoadAsync(
        UserScope scope, string unitCode, int fromYear, int toYear, CancellationToken ct = default) =>
        await LoadAsync(scope, unitCode, fromYear, toYear, adjusted: true, ct);

    /// <summary>As <see cref="LoadAsync(UserScope, string, int, int, CancellationToken)"/>; with <paramref name="adjusted"/>
    /// false the unit's own history as entered, without the structure adjustment ("unbereinigt").</summary>
    public async Task<AttainmentData> LoadAsync(
        UserScope scope, string unitCode, int fromYear, int toYear, bool adjusted, CancellationToken ct = default)
    {
        var org = await LoadOrganisationAsync(fromYear, toYear, ct);
        var unit = org.Find(unitCode) ?? throw new UnitNotFoundException(unitCode);
        if (!scope.CanSee(unit.Id))
        {
            throw new UnitForbiddenException(unit.Code);
        }

        return adjusted ? new AttainmentData(org, unit, org.FiguresOf(unit.Id))
            : new AttainmentData(org, unit, org.UnadjustedFiguresOf(unit.Id), adjusted: false);
    }

    /// <summary>
    /// Every unit the user may see, for <paramref name="year"/>, from one load of the whole tree (a fixed few queries):
    /// the data behind a view that shows all units at once.
    /// </summary>
    public async Task<IReadOnlyList<AttainmentData>> LoadTreeAsync(UserScope scope, int year, CancellationToken ct = default)
    {
        var org = await LoadOrganisationAsync(year, year, ct);
        return org.Units.Where(u => scope.CanSee(u.Id)).Select(u => new AttainmentData(org, u, org.FiguresOf(u.Id))).ToList();
    }

    /// <summary>
    /// The data behind the Erfassung grid's derived values of the given units: each unit's own figures including its
    /// drafts (the page shows the unit what it has entered), the units below it only with their submitted or closed
    /// months, as everywhere else. Units the user may not see are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, AttainmentData>> LoadForEntryAsync(
        UserScope scope, IReadOnlyCollection<string> unitCodes, int year, CancellationToken ct = default)
    {
        var org = await LoadOrganisationAsync(year, year, ct);
        var result = new Dictionary<string, AttainmentData>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in org.Units.Where(u => scope.CanSee(u.Id)
                     && unitCodes.Contains(u.Code, StringComparer.OrdinalIgnoreCase)))
        {
            result[unit.Code] = WithDrafts(org, unit, _ => true);
        }

        return result;
    }

    /// <summary>
    /// The unit's data as it will count once its month <paramref name="month"/> is submitted: the subtree's submitted or
    /// closed figures plus the unit's own drafts of that month (its other draft months still count nowhere). What a
    /// submit is checked against (the deviations that need a comment).
    /// </summary>
    public static AttainmentData AsSubmitted(OrganisationData org, OrgUnit unit, YearMonth month) =>
        WithDrafts(org, unit, r => r.Year == month.Year && r.Month == month.Month);

    private static AttainmentData WithDrafts(OrganisationData org, OrgUnit unit, Func<FigureRow, bool> which)
    {
        var own = new UnitFigures();
        own.AddRange(org.FiguresOf(unit.Id));
        foreach (var draft in org.Window.Drafts.Where(r => r.UnitId == unit.Id && which(r)))
        {
            own.Add(draft);
        }

        return new AttainmentData(org, unit, own);
    }

    /// <summary>The unit's data with the figures that count (submitted or closed months), as every view shows it.</summary>
    public static AttainmentData Counted(OrganisationData org, OrgUnit unit) => new(org, unit, org.FiguresOf(unit.Id));

    /// <summary>
    /// THE one load of the organisation (every view's numbers come from it): units, indicators with components, the
    /// targets of <paramref name="fromYear"/>..<paramref name="toYear"/> with all versions (and of the four years before,
    /// whose periods may reach into them), the reporting duties, the indicators switched off per year, and the
    /// figures with their months' states from two years before <paramref name="fromYear"/> (last year's values, the
    /// rolling 12 months of last year) via the shared <see cref="FigureQueries"/> window. A fixed number of commands,
    /// whatever the number of units or months (<c>DashboardQueryBudgetTests</c>): one for both stamps while nothing
    /// changed, the reference data (<see cref="ReferenceCache"/>) or the figures again only after a save changed them.
    /// </summary>
    public async Task<OrganisationData> LoadOrganisationAsync(int fromYear, int toYear, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Both stamps in one command, before any row: the reference data and the figures' window are loaded again only
        // when a save changed them (ReferenceCache, FigureCache), and the organisation built from both is shared.
        var stamps = await Stamps.ReadAsync(db, ct);
        if (references.Cached(stamps.Reference) is { } known && figures.Cached(fromYear - 2, toYear, stamps) is { } kept
            && references.Built(known, kept, fromYear, toYear) is { } built)
        {
            return built;
        }

        await references.Loading.WaitAsync(ct);
        try
        {
            var reference = await references.GetAsync(db, stamps.Reference, ct);
            // All units' figures of the period with their months' states, shared while the figures' stamp is unchanged.
            var window = await figures.LoadWindowAsync(db, stamps, fromYear - 2, toYear, ct);
            return references.Organisation(reference, window, fromYear, toYear);
        }
        finally
        {
            references.Loading.Release();
        }
    }
}

public sealed class UnitNotFoundException(string code) : Exception($"Die Organisationseinheit '{code}' gibt es nicht.");

public sealed class UnitForbiddenException(string code) : Exception($"Keine Berechtigung für die Organisationseinheit '{code}'.");
