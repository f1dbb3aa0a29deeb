using MeAktiv.Core.Common.Export;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Dashboard;

/// <summary>
/// The dashboards as JSON or, with <c>format=xlsx</c>, as the XLSX download of the pages' "Excel" buttons:
/// <c>GET /api/v1/dashboard?unit=&amp;year=&amp;month=</c> (Gesamtübersicht of a unit; without unit the caller's landing
/// unit) and <c>GET /api/v1/dashboard/indicators/{code}?unit=&amp;year=&amp;month=&amp;level=</c> (one indicator with
/// its drill-down). Without month: the latest complete month, as on the page. Every unit is checked against the caller.
/// </summary>
public static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this RouteGroupBuilder api)
    {
        var dashboard = api.MapGroup("/dashboard");
        dashboard.MapGet("", async (string? unit, int? year, int? month, string? format, HttpContext http,
            DashboardService service, TimeProvider time) =>
            await RunAsync(year, month, async y =>
            {
                var overview = await service.OverviewAsync(await http.ScopeAsync(), unit, y, month, http.RequestAborted);
                return ApiResults.JsonOrXlsx(overview, format, () => DashboardExports.Overview(overview, time.GetUtcNow().UtcDateTime),
                    $"Uebersicht-{overview.Unit.Code}-{y}-{overview.Month:00}");
            }));

        dashboard.MapGet("/indicators/{code}", async (string code, string? unit, int? year, int? month, string? level, string? format,
            HttpContext http, DashboardService service, TimeProvider time) =>
            await RunAsync(year, month, async y =>
            {
                OrgUnitKind? kind = null;
                if (!string.IsNullOrEmpty(level))
                {
                    if (!Enum.TryParse<OrgUnitKind>(level, ignoreCase: true, out var parsed) || int.TryParse(level, out _))
                    {
                        return Results.Problem(statusCode: 400, detail: "Die Ebene muss Bereich, Geschaeftsstelle oder Team sein.");
                    }

                    kind = parsed;
                }

                var view = await service.IndicatorAsync(await http.ScopeAsync(), code, unit, y, month, kind, http.RequestAborted);
                return ApiResults.JsonOrXlsx(view, format, () => IndicatorExports.Of(view, time.GetUtcNow().UtcDateTime),
                    $"Kennzahl-{view.Card.Code}-{view.Unit.Code}-{y}-{view.Card.Month:00}");
            }));
        return api;
    }

    private static async Task<IResult> RunAsync(int? year, int? month, Func<int, Task<IResult>> action)
    {
        if (year is not (>= 2000 and <= 2100) || month is not (null or (>= 1 and <= 12)))
        {
            return Results.Problem(statusCode: 400, detail: "Bitte ein Jahr (2000–2100) und optional einen Monat (1–12) angeben, z. B. ?unit=JC&year=2015&month=6.");
        }

        try
        {
            return await action(year.Value);
        }
        catch (Exception ex) when (ex is UnitNotFoundException or IndicatorNotFoundException)
        {
            return Results.Problem(statusCode: 404, detail: ex.Message);
        }
        catch (UnitForbiddenException ex)
        {
            return Results.Problem(statusCode: 403, detail: ex.Message);
        }
    }
}
