using MeAktiv.Core.Common;
using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Core.Security;

namespace MeAktiv.Web.Features.Figures;

/// <summary>
/// Which units become the grid's columns: a team or the Jobcenter stands for itself, a Geschäftsstelle or Bereich for
/// its teams that exist in the month. Default: a Teamleitung's own teams, else the teams of the first Geschäftsstelle
/// (tree order) whose figures the user may change.
/// </summary>
internal sealed class UnitColumns(IReadOnlyList<OrgUnitDto> units, UserScope scope)
{
    private const string Team = "Team";

    /// <summary>The teams a Teamleitung may change (none for the other roles).</summary>
    public IReadOnlyList<OrgUnitDto> OwnTeams() => scope.IsInRole(Roles.Teamleitung)
        ? units.Where(u => u.Kind == Team && scope.CanEditFigures(u.Id)).ToList()
        : [];

    /// <summary>The units whose latest month with figures is the default month.</summary>
    public IReadOnlyList<string> DefaultCandidates() => OwnTeams() is { Count: > 0 } own
        ? own.Select(u => u.Code).ToList()
        : units.Where(u => u.Kind == Team && scope.CanEditFigures(u.Id)).Select(u => u.Code).ToList();

    public (string Selected, IReadOnlyList<string> Columns) Default(MonthValue month)
    {
        if (OwnTeams() is { Count: > 0 } own)
        {
            return ("", own.Where(u => month.Overlaps(u.ValidFrom, u.ValidTo)).Select(u => u.Code).ToList());
        }

        foreach (var site in units.Where(u => u.Kind == "Geschaeftsstelle"))
        {
            var teams = Columns(site, month).Where(c => units.Any(u => u.Code == c && scope.CanEditFigures(u.Id))).ToList();
            if (teams.Count > 0)
            {
                return (site.Code, teams);
            }
        }

        return ("", []);
    }

    /// <param name="month">Only teams that exist in this month (null: all).</param>
    public IReadOnlyList<string> Columns(OrgUnitDto unit, MonthValue? month)
    {
        if (unit.Kind is Team or "Jobcenter")
        {
            return [unit.Code];
        }

        // The list is in tree order: a unit comes after its parent, so one pass collects the subtree.
        var subtree = new HashSet<string> { unit.Code };
        var teams = new List<string>();
        foreach (var u in units.Where(u => u.ParentCode is not null && subtree.Contains(u.ParentCode)))
        {
            subtree.Add(u.Code);
            if (u.Kind == Team && (month is null || month.Value.Overlaps(u.ValidFrom, u.ValidTo)))
            {
                teams.Add(u.Code);
            }
        }

        return teams;
    }

    public static string Label(OrgUnitDto u) => u.Kind switch
    {
        "Jobcenter" => u.Name,
        Team => $"\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0{u.Name} ({u.Code})",
        "Geschaeftsstelle" => $"\u00a0\u00a0\u00a0\u00a0{u.Name} (alle Teams)",
        _ => $"\u00a0\u00a0{u.Name} (alle Teams)",
    } + (u.ValidTo is { } end ? $" (bis {German.Date(end)})" : "");
}
