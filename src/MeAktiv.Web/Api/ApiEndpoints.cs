namespace MeAktiv.Web.Api;

/// <summary>The JSON API under <c>/api/v1</c> (docs: shared api.md; OpenAPI at <c>/openapi/v1.json</c>).</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapMeAktivApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("ME-aktiv");
        api.MapAuthApi();
        api.MapMasterDataApi();
        api.MapTargetsApi();
        api.MapAttainmentApi();
        api.MapActualsApi();
        api.MapMonthsApi();
        api.MapImportsApi();
        api.MapDashboardApi();
        api.MapReportsApi();
        api.MapReviewApi();
        api.MapSteuerungApi();
        api.MapAuditApi();
        return app;
    }
}
