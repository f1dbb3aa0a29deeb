using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Users;

/// <summary>Which units a role takes: a Teamleitung one or more teams, a Bereichsleitung one or more Bereiche, others none.</summary>
public static class UserRules
{
    public static OrgUnitKind? UnitKindOf(string role) => role switch
    {
        Roles.Teamleitung => OrgUnitKind.Team,
        Roles.Bereichsleitung => OrgUnitKind.Bereich,
        _ => null,
    };

    /// <summary>German messages for a role and its units; empty when they fit.</summary>
    public static IReadOnlyList<string> Check(string role, IReadOnlyList<OrgUnit> units, IReadOnlyList<string> unknownCodes)
    {
        var errors = new List<string>();
        if (!Roles.All.Contains(role))
        {
            errors.Add($"Die Rolle '{role}' gibt es nicht.");
            return errors;
        }

        errors.AddRange(unknownCodes.Select(c => $"Die Einheit '{c}' gibt es nicht."));
        var kind = UnitKindOf(role);
        if (kind is null && units.Count > 0)
        {
            errors.Add($"Die Rolle {Roles.DisplayName(role)} hat keine eigenen Einheiten; bitte keine Einheit zuordnen.");
        }
        else if (kind is { } k)
        {
            if (units.Count == 0 && unknownCodes.Count == 0)
            {
                errors.Add($"Eine {Roles.DisplayName(role)} braucht mindestens eine Einheit ({KindName(k)}).");
            }

            errors.AddRange(units.Where(u => u.Kind != k)
                .Select(u => $"{u.Code} ist kein {KindName(k)}; eine {Roles.DisplayName(role)} bekommt nur {KindName(k)}-Einheiten."));
        }

        return errors;
    }

    private static string KindName(OrgUnitKind kind) => kind == OrgUnitKind.Team ? "Team" : "Bereich";
}
