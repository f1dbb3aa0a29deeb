using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// The Träger's views reach only complete months (docs/kennzahlen.md, "Datenstand"): for an account whose only role
/// is Träger, a month (or quarter) that is not complete for the Jobcenter is replaced by the latest complete one, on
/// pages, exports and API alike; the month pickers offer only complete months. Every other role may choose an
/// incomplete month and is told how complete it is ("vorläufig: n von m Einheiten eingereicht").
/// </summary>
public static class TraegerMonths
{
    /// <summary>The rule applies to the Träger (not when the account also has a role that sees incomplete months).</summary>
    public static bool Applies(UserScope scope) => Applies(scope.IsInRole);

    /// <summary><see cref="Applies(UserScope)"/> for a signed-in user's roles (e.g. <c>ClaimsPrincipal.IsInRole</c>).</summary>
    public static bool Applies(Func<string, bool> isInRole) =>
        isInRole(Roles.Traeger) && !isInRole(Roles.Geschaeftsfuehrung) && !isInRole(Roles.Bereichsleitung)
        && !isInRole(Roles.Teamleitung) && !isInRole(Roles.Administration);

    /// <summary>Whether every unit that owes figures to the Jobcenter for the month has submitted it.</summary>
    public static bool IsComplete(Datenstand stand, YearMonth month) =>
        stand.Root is { } root && stand.CoverageOf(root.Id, month).IsComplete;

    /// <summary>
    /// The month the caller sees for <paramref name="asked"/>: the asked month, or for the Träger, when it is not complete,
    /// the latest complete month (of any year). While no month at all is complete, the asked one (nothing to show instead).
    /// </summary>
    public static YearMonth Shown(UserScope scope, Datenstand stand, YearMonth asked) =>
        !Applies(scope) || IsComplete(stand, asked) ? asked : stand.LatestCompleteMonth() ?? asked;

    /// <summary><see cref="Shown"/> with the Datenstand loaded only when the rule applies (no query for other roles).</summary>
    public static async Task<YearMonth> ShownAsync(this DatenstandQueries queries, UserScope scope, YearMonth asked,
        CancellationToken ct = default) =>
        Applies(scope) ? Shown(scope, await queries.LoadAsync(ct: ct), asked) : asked;

    /// <summary><see cref="ShownQuarter"/> with the Datenstand loaded only when the rule applies.</summary>
    public static async Task<(int Year, int Quarter)> ShownQuarterAsync(this DatenstandQueries queries, UserScope scope,
        int year, int quarter, CancellationToken ct = default) =>
        Applies(scope) ? ShownQuarter(scope, await queries.LoadAsync(ct: ct), year, quarter) : (year, quarter);

    /// <summary>The latest quarter a quarter picker offers the caller: for the Träger the latest complete quarter (null
    /// while there is none), for every other role null (no limit).</summary>
    public static async Task<(int Year, int Quarter)?> QuarterLimitAsync(this DatenstandQueries queries, UserScope scope,
        CancellationToken ct = default) =>
        Applies(scope) ? LatestCompleteQuarter(await queries.LoadAsync(ct: ct)) : null;

    /// <summary>The months of a picker: all of <paramref name="months"/>, for the Träger only the complete ones.</summary>
    public static IReadOnlyList<int> Selectable(UserScope scope, Datenstand stand, int year, IReadOnlyList<int> months) =>
        Applies(scope) ? months.Where(m => IsComplete(stand, new YearMonth(year, m))).ToList() : months;

    /// <summary>The quarter the caller sees: the asked one, or for the Träger, when one of its months is not complete,
    /// the latest complete quarter (while there is none, the asked one).</summary>
    public static (int Year, int Quarter) ShownQuarter(UserScope scope, Datenstand stand, int year, int quarter) =>
        !Applies(scope) || IsCompleteQuarter(stand, year, quarter) ? (year, quarter) : LatestCompleteQuarter(stand) ?? (year, quarter);

    /// <summary>The latest quarter whose three months are complete for the Jobcenter (this year or the one before the
    /// latest complete month), or null.</summary>
    public static (int Year, int Quarter)? LatestCompleteQuarter(Datenstand stand)
    {
        if (stand.LatestCompleteMonth() is not { } latest)
        {
            return null;
        }

        for (var year = latest.Year; year >= latest.Year - 1; year--)
        {
            for (var quarter = 4; quarter >= 1; quarter--)
            {
                if (IsCompleteQuarter(stand, year, quarter))
                {
                    return (year, quarter);
                }
            }
        }

        return null;
    }

    private static bool IsCompleteQuarter(Datenstand stand, int year, int quarter) =>
        Enumerable.Range(3 * quarter - 2, 3).All(m => IsComplete(stand, new YearMonth(year, m)));
}
