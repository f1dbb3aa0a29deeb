using Microsoft.AspNetCore.Identity;

namespace MeAktiv.Core.Domain;

/// <summary>A staff member's local account. Its org units set the scope of a Teamleitung or Bereichsleitung.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public bool IsDemo { get; set; }

    public List<UserOrgUnit> OrgUnits { get; } = [];
}

/// <summary>Assignment of a user to a unit (the teams a Teamleitung owns, the area of a Bereichsleitung).</summary>
public sealed class UserOrgUnit
{
    public required string UserId { get; set; }

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }
}
