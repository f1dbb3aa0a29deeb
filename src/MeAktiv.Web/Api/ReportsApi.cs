using MeAktiv.Core.Common.Export;
using MeAktiv.Core.Features.Reports;
using MeAktiv.Core.Features.Review;

namespace MeAktiv.Web.Api;

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
            await RunAsync(year, quarter, async (y, q) =>
            {
                var report = await service.GetAsync(await http.ScopeAsync(), y, q, http.RequestAborted);
                return Result(report, format, () => ReportExports.Attainment(report, time.GetUtcNow().UtcDateTime), $"Zielerreichung-{y}-Q{q}");
            }, "?year=2015&quarter=2"));

        reports.MapGet("/16a", async (int? year, bool? nr4, string? format, HttpContext http, Sec16aReportService service, TimeProvider time) =>
            await RunAsync(year, 1, async (y, _) =>
            {
                var report = await service.GetAsync(await http.ScopeAsync(), y, nr4 ?? false, http.RequestAborted);
                return Result(report, format, () => ReportExports.Sec16a(report, time.GetUtcNow().UtcDateTime), $"Paragraph16a-{y}");
            }, "?year=2014"));

        reports.MapGet("/but", async (int? year, int? stichtag, string? format, HttpContext http, ButReportService service, TimeProvider time) =>
            await RunAsync(year, stichtag, async (y, s) =>
            {
                var report = await service.GetAsync(await http.ScopeAsync(), y, s, http.RequestAborted);
                return Result(report, format, () => ReportExports.But(report, time.GetUtcNow().UtcDateTime), $"BuT-{y}-Stichtag{s}");
            }, "?year=2015&stichtag=2"));
        return api;
    }

    internal static async Task<IResult> RunAsync(int? year, int? second, Func<int, int, Task<IResult>> action, string example)
    {
        if (year is null || second is null)
        {
            return Results.Problem(statusCode: 400, detail: $"Bitte Jahr und Zeitraum angeben, z. B. {example}.");
        }

        try
        {
            return await action(year.Value, second.Value);
        }
        catch (ReportInputException ex)
        {
            return Results.Problem(statusCode: 400, detail: ex.Message);
        }
        catch (ReviewForbiddenException ex)
        {
            return Results.Problem(statusCode: 403, detail: ex.Message);
        }
        catch (Core.Features.Attainment.UnitForbiddenException ex)
        {
            return Results.Problem(statusCode: 403, detail: ex.Message);
        }
    }

    /// <summary>The model as JSON, or with <c>format=xlsx</c> the export as an XLSX download; any other format is a 400.</summary>
    internal static IResult Result<T>(T report, string? format, Func<ExportDocument> export, string fileName)
    {
        if (string.IsNullOrEmpty(format) || format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Ok(report);
        }

        return format.Equals("xlsx", StringComparison.OrdinalIgnoreCase)
            ? Results.File(XlsxExporter.Write(export()), XlsxExporter.ContentType, fileName + ".xlsx")
            : Results.Problem(statusCode: 400, detail: "Das Format muss 'json' oder 'xlsx' sein.");
    }
}
