using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.OrgUnits;

/// <summary><c>GET /api/v1/org-units</c>: the organisation units the caller may see.</summary>
public static class OrgUnitsApi
{
    public static RouteGroupBuilder MapOrgUnitsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/org-units", async (HttpContext http, OrgUnitQueries queries) =>
        {
            var units = await queries.ListAsync(await http.ScopeAsync(), http.RequestAborted);
            return units.Select(u => new { u.Code, u.Name, u.Kind, u.ParentCode, u.ValidFrom, u.ValidTo });
        });
        return api;
    }
}
