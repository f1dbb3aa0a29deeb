using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.OrgUnits;

/// <summary>
/// Who maintains master data (organisation, reporting duties): the Administration (domain.md, section 6) and the
/// Geschäftsführung, which decides about the organisation. Every other role only reads.
/// </summary>
public static class MasterDataRights
{
    /// <summary>The roles for <c>[Authorize(Roles = …)]</c> and <c>AuthorizeView</c>.</summary>
    public const string Roles = $"{Security.Roles.Administration},{Security.Roles.Geschaeftsfuehrung}";

    public static bool CanMaintain(UserScope scope) =>
        scope.IsInRole(Security.Roles.Administration) || scope.IsInRole(Security.Roles.Geschaeftsfuehrung);
}
