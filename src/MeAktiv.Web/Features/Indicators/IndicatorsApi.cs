using MeAktiv.Core.Features.Indicators;

namespace MeAktiv.Web.Features.Indicators;

/// <summary><c>GET /api/v1/indicators</c>: the indicator catalogue with formulas and components.</summary>
public static class IndicatorsApi
{
    public static RouteGroupBuilder MapIndicatorsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/indicators", async (IndicatorQueries queries, CancellationToken ct) =>
        {
            var indicators = await queries.ListAsync(ct);
            return indicators.Select(i => new
            {
                i.Code, i.Name, i.Unit, i.Direction, i.Formula, i.Category, i.Traeger, i.EntryLevels, i.Components,
            });
        });
        return api;
    }
}
