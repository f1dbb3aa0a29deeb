using MeAktiv.Core.Features.Indicators;
using MeAktiv.Core.Features.OrgUnits;

namespace MeAktiv.Web.Api;

public static class MasterDataApi
{
    public static RouteGroupBuilder MapMasterDataApi(this RouteGroupBuilder api)
    {
        api.MapGet("/org-units", async (HttpContext http, OrgUnitQueries queries) =>
        {
            var units = await queries.ListAsync(await http.ScopeAsync(), http.RequestAborted);
            return units.Select(u => new { u.Code, u.Name, u.Kind, u.ParentCode, u.ValidFrom, u.ValidTo });
        });
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
