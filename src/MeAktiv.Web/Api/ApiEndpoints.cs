using MeAktiv.Web.Features.Account;
using MeAktiv.Web.Features.Attainment;
using MeAktiv.Web.Features.Audit;
using MeAktiv.Web.Features.Budget;
using MeAktiv.Web.Features.Dashboard;
using MeAktiv.Web.Features.Figures;
using MeAktiv.Web.Features.Import;
using MeAktiv.Web.Features.Indicators;
using MeAktiv.Web.Features.Notifications;
using MeAktiv.Web.Features.OrgUnits;
using MeAktiv.Web.Features.QualitativeTargets;
using MeAktiv.Web.Features.Reports;
using MeAktiv.Web.Features.Review;
using MeAktiv.Web.Features.Steuerung;
using MeAktiv.Web.Features.Targets;

namespace MeAktiv.Web.Api;

/// <summary>The JSON API under <c>/api/v1</c> (docs/api.md; OpenAPI at <c>/openapi/v1.json</c>). Each feature maps its
/// own endpoints in <c>Features/&lt;F&gt;/&lt;F&gt;Api.cs</c>.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapMeAktivApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("ME-aktiv");
        api.MapAuthApi();
        api.MapPasswordApi();
        api.MapOrgUnitsApi();
        api.MapReportingDutiesApi();
        api.MapIndicatorsApi();
        api.MapTargetsApi();
        api.MapQualitativeTargetsApi();
        api.MapAttainmentApi();
        api.MapActualsApi();
        api.MapMonthsApi();
        api.MapImportApi();
        api.MapTargetImportApi();
        api.MapDashboardApi();
        api.MapReportsApi();
        api.MapReviewApi();
        api.MapSteuerungApi();
        api.MapTermineApi();
        api.MapAuditApi();
        api.MapBudgetApi();
        api.MapNotificationsApi();
        return app;
    }
}
