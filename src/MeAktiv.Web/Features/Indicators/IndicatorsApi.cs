using MeAktiv.Core.Features.Indicators;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Indicators;

/// <summary>
/// <c>GET /api/v1/indicators?year=</c>: the indicator catalogue with formulas and components, and whether each is
/// switched on in the year; <c>PUT /api/v1/indicators/{code}/years/{year}</c>: switch it on or off (Administration and
/// Geschäftsführung).
/// </summary>
public static class IndicatorsApi
{
    public static RouteGroupBuilder MapIndicatorsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/indicators", async (int? year, IndicatorQueries queries, CancellationToken ct) =>
        {
            if (year is not (null or (>= 2000 and <= 2100)))
            {
                return Results.Problem(statusCode: 400, detail: "Das Jahr muss zwischen 2000 und 2100 liegen, z. B. ?year=2015.");
            }

            var indicators = await queries.ListAsync(year, ct);
            return Results.Ok(indicators.Select(i => new
            {
                i.Code, i.Name, i.Unit, i.Direction, i.Formula, i.Category, i.Traeger, i.EntryLevels, i.Components,
                i.Active, i.Reason, i.Version,
            }));
        });
        api.MapPut("/indicators/{code}/years/{year:int}", async (string code, int year, IndicatorSwitchInput body, HttpContext http,
            IndicatorYearService service) =>
        {
            var result = await service.SwitchAsync(await http.ScopeAsync(), code, year, body, http.RequestAborted);
            return result.Ok
                ? Results.Ok(new { code = result.Key, year, active = body.Active, version = result.Version })
                : MasterDataResults.Refused(result);
        });
        return api;
    }
}
