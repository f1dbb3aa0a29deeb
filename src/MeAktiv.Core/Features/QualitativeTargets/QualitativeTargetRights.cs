using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.QualitativeTargets;

/// <summary>
/// Who may do what with a qualitative target: the Geschäftsführung maintains all; the Bereichsleitung those of the units
/// of its Bereich; the owner (when the owner is the user's account) sets status and evidence; everyone reads within
/// the scope, the Träger only those of the Jobcenter itself.
/// </summary>
public static class QualitativeTargetRights
{
    public const string ForbiddenText =
        "Pflichten und Meilensteine pflegen die Geschäftsführung und die Bereichsleitung für ihren Bereich; die verantwortliche Person setzt Status und Nachweis.";

    public const string OwnerOnlyText = "Als Verantwortliche oder Verantwortlicher können Sie nur Status und Nachweis ändern.";

    /// <summary>May create and change every field of targets at this unit.</summary>
    public static bool CanMaintain(UserScope scope, int unitId) =>
        scope.IsInRole(Roles.Geschaeftsfuehrung) || (scope.IsInRole(Roles.Bereichsleitung) && scope.CanEditFigures(unitId));

    /// <summary>May open the maintenance page at all (GF, BL).</summary>
    public static bool CanMaintainAny(UserScope scope) =>
        scope.IsInRole(Roles.Geschaeftsfuehrung) || scope.IsInRole(Roles.Bereichsleitung);

    public static bool IsOwner(UserScope scope, string owner) =>
        string.Equals(scope.UserName, owner.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The Träger read only the Jobcenter's own duties; everyone else what their scope shows.</summary>
    public static bool CanRead(UserScope scope, int unitId, OrgUnitKind kind) =>
        scope.CanSee(unitId) && (!scope.IsInRole(Roles.Traeger) || kind == OrgUnitKind.Jobcenter || HasLeadRole(scope));

    private static bool HasLeadRole(UserScope scope) =>
        scope.IsInRole(Roles.Geschaeftsfuehrung) || scope.IsInRole(Roles.Bereichsleitung);
}
