using MeAktiv.Core.Features.Reports;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Reports;

/// <summary>
/// The reports of the Zielvereinbarung as JSON (full precision) or, with <c>format=xlsx</c>, as an XLSX download:
/// <c>GET /api/v1/reports/attainment?year=&amp;quarter=</c>, <c>/reports/16a?year=&amp;nr4=</c>,
/// <c>/reports/but?year=&amp;stichtag=1..4</c>. Every visible unit of the caller; no team detail (Geschäftsstelle at most).
/// </summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports");
        reports.MapGet("/attainment", async (int? year, int? quarter, string? format, HttpContext http, AttainmentReportService service, TimeProvider time) =>
            await ApiResults.RunPeriodAsync(year, quarter, async (y, q) =>
            {
                var report = await service.GetAsync(await http.ScopeAsync(), y, q, http.RequestAborted);
                return ApiResults.JsonOrXlsx(report, format, () => ReportExports.Attainment(report, time.GetUtcNow().UtcDateTime), $"Zielerreichung-{report.Year}-Q{report.Quarter}");
            }, "?year=2015&quarter=2"));

        reports.MapGet("/16a", async (int? year, bool? nr4, string? format, HttpContext http, Sec16aReportService service, TimeProvider time) =>
            await ApiResults.RunPeriodAsync(year, 1, async (y, _) =>
            {
                var report = await service.GetAsync(await http.ScopeAsync(), y, nr4 ?? false, http.RequestAborted);
                return ApiResults.JsonOrXlsx(report, format, () => ReportExports.Sec16a(report, time.GetUtcNow().UtcDateTime), $"Paragraph16a-{y}");
            }, "?year=2014"));

        reports.MapGet("/but", async (int? year, int? stichtag, string? format, HttpContext http, ButReportService service, TimeProvider time) =>
            await ApiResults.RunPeriodAsync(year, stichtag, async (y, s) =>
            {
                var report = await service.GetAsync(await http.ScopeAsync(), y, s, http.RequestAborted);
                return ApiResults.JsonOrXlsx(report, format, () => ReportExports.But(report, time.GetUtcNow().UtcDateTime), $"BuT-{y}-Stichtag{s}");
            }, "?year=2015&stichtag=2"));
        return api;
    }
}
