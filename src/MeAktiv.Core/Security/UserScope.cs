using System.Security.Claims;

namespace MeAktiv.Core.Security;

/// <summary>
/// What a user may see and change (domain.md section 6), resolved against the organisation tree.
/// Geschäftsführung, Bereichsleitung (all areas) and Administration see every unit; a Bereichsleitung changes the
/// figures of its areas; a Teamleitung sees its own teams and the totals above them and changes only its teams;
/// the Träger see totals down to the Geschäftsstellen and change nothing.
/// </summary>
public sealed class UserScope(
    string userName,
    IReadOnlySet<string> roles,
    IReadOnlySet<int> visibleUnitIds,
    IReadOnlySet<int> editableUnitIds)
{
    public string UserName { get; } = userName;

    public IReadOnlySet<string> Roles { get; } = roles;

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool CanSee(int unitId) => visibleUnitIds.Contains(unitId);

    /// <summary>May change the monthly figures of this unit.</summary>
    public bool CanEditFigures(int unitId) => editableUnitIds.Contains(unitId);

    /// <summary>Sets targets of every status (Bereichsleitung: Planungsangebote only, <c>TargetRights</c>).</summary>
    public bool CanEditTargets => IsInRole(Security.Roles.Geschaeftsfuehrung);

    public IReadOnlySet<int> VisibleUnitIds => visibleUnitIds;

    public static IReadOnlySet<string> RolesOf(ClaimsPrincipal user) =>
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
}
