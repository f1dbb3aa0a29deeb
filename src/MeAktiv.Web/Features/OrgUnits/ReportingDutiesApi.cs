using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.OrgUnits;

/// <summary>
/// <c>GET /api/v1/reporting-duties/{unit}</c>: a unit's Meldepflichten with the list's version;
/// <c>PUT /api/v1/reporting-duties/{unit}</c>: the whole list after the change (Administration and Geschäftsführung).
/// </summary>
public static class ReportingDutiesApi
{
    public static RouteGroupBuilder MapReportingDutiesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reporting-duties/{unit}", async (string unit, HttpContext http, ReportingDutyService service) =>
            await service.GetAsync(await http.ScopeAsync(), unit, http.RequestAborted) is { } duties
                ? Results.Ok(duties)
                : Results.Problem(statusCode: 404, detail: $"Die Einheit '{unit}' gibt es nicht."));
        api.MapPut("/reporting-duties/{unit}", async (string unit, UnitDutiesInput body, HttpContext http, ReportingDutyService service) =>
        {
            var result = await service.SaveAsync(await http.ScopeAsync(), unit, body, http.RequestAborted);
            return result.Ok ? Results.Ok(new { unit = unit.ToUpperInvariant(), version = result.Key }) : MasterDataResults.ToResult(result);
        });
        return api;
    }
}
