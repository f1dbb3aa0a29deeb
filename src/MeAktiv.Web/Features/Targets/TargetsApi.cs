using MeAktiv.Core.Features.Targets;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Targets;

public static class TargetsApi
{
    public static RouteGroupBuilder MapTargetsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/targets", async (int? year, HttpContext http, TargetQueries queries) =>
        {
            if (year is null or < 2000 or > 2100)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest,
                    detail: "Bitte das Jahr angeben, z. B. /api/v1/targets?year=2015.");
            }

            var targets = await queries.ListAsync(await http.ScopeAsync(), year.Value, http.RequestAborted);
            return Results.Ok(targets.Select(t => new
            {
                t.Unit, t.Indicator, t.Year, t.Value, Status = ApiStatus(t.Status), t.Version, t.Note,
            }));
        });
        return api;
    }

    /// <summary>api.md spells the statuses <c>Planungsangebot</c>, <c>vorlaeufig</c>, <c>final</c>.</summary>
    private static string ApiStatus(string status) => status switch
    {
        "Vorlaeufig" => "vorlaeufig",
        "Final" => "final",
        _ => status,
    };
}
