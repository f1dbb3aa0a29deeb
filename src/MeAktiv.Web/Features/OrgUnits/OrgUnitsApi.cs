using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.OrgUnits;

/// <summary>
/// <c>GET /api/v1/org-units</c>: the organisation units the caller may see; <c>GET /api/v1/org-units/{code}</c>: one unit
/// with version, successor links and cities; <c>POST /api/v1/org-units</c> and <c>PUT /api/v1/org-units/{code}</c>
/// (rename, move, close, successors, cities): Administration and Geschäftsführung (docs/api.md).
/// </summary>
public static class OrgUnitsApi
{
    public static RouteGroupBuilder MapOrgUnitsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/org-units", async (HttpContext http, OrgUnitQueries queries) =>
        {
            var units = await queries.ListAsync(await http.ScopeAsync(), http.RequestAborted);
            return units.Select(u => new OrgUnitListItem(u.Code, u.Name, u.Kind, u.ParentCode, u.ValidFrom, u.ValidTo));
        });
        api.MapGet("/org-units/{code}", async (string code, HttpContext http, OrgUnitDetailQueries queries) =>
            await queries.GetAsync(await http.ScopeAsync(), code, http.RequestAborted) is { } unit
                ? Results.Ok(unit)
                : Results.Problem(statusCode: 404, detail: $"Die Einheit '{code}' gibt es nicht."));
        api.MapPost("/org-units", async (NewOrgUnit body, HttpContext http, OrgUnitService service) =>
            MasterDataResults.ToResult(await service.CreateAsync(await http.ScopeAsync(), body, http.RequestAborted), "/api/v1/org-units/"));
        api.MapPut("/org-units/{code}", async (string code, OrgUnitChange body, HttpContext http, OrgUnitService service) =>
            MasterDataResults.ToResult(await service.UpdateAsync(await http.ScopeAsync(), code, body, http.RequestAborted)));
        return api;
    }
}

/// <summary>One unit of <c>GET /api/v1/org-units</c> (a named type: the request delegate generator cannot write an anonymous one).</summary>
public sealed record OrgUnitListItem(string Code, string Name, string Kind, string? ParentCode, DateOnly ValidFrom, DateOnly? ValidTo);
