using System.Globalization;
using MeAktiv.Core.Features.Audit;
using MeAktiv.Core.Security;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Audit;

/// <summary>
/// <c>GET /api/v1/audit?who=&amp;what=&amp;from=JJJJ-MM-TT&amp;to=&amp;unit=&amp;indicator=&amp;component=&amp;year=&amp;month=&amp;limit=&amp;page=</c>
/// (JSON, newest first, German fields beside the stored ones, the total in <c>X-Total-Count</c>) and
/// <c>GET /api/v1/audit.csv?…</c> (UTF-8 with BOM, <c>;</c>): the audit log, for Administration and Geschäftsführung.
/// </summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("").RequireAuthorization(p => p.RequireRole(Roles.Administration, Roles.Geschaeftsfuehrung));
        audit.MapGet("/audit", async (HttpContext http, AuditLogQueries queries, string? who, string? what, string? from, string? to,
            string? unit, string? indicator, string? component, int? year, int? month, int? limit, int? page) =>
        {
            if (Filter(who, what, from, to, unit) is not { } filter)
            {
                return BadDate();
            }

            if (month is < 1 or > 12 || page is < 0)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest,
                    detail: "Monat bitte als Zahl von 1 bis 12 angeben, Seite ab 0.");
            }

            var result = await queries.PageAsync(await http.ScopeAsync(),
                filter with { Indicator = indicator, Component = component, Year = year, Month = month },
                page ?? 0, limit ?? 500, http.RequestAborted);
            if (result is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden);
            }

            http.Response.Headers["X-Total-Count"] = result.Total.ToString(CultureInfo.InvariantCulture);
            return Results.Ok(result.Rows);
        });
        audit.MapGet("/audit.csv", async (HttpContext http, AuditLogQueries queries, string? who, string? what, string? from,
            string? to, string? unit, string? indicator) =>
        {
            if (Filter(who, what, from, to, unit) is not { } filter)
            {
                return BadDate();
            }

            filter = filter with { Indicator = indicator };

            var rows = await queries.SearchAsync(await http.ScopeAsync(), filter, AuditLogQueries.MaxRows, http.RequestAborted);
            return rows is null
                ? Results.Problem(statusCode: StatusCodes.Status403Forbidden)
                : Results.File(AuditCsv.Of(rows), "text/csv; charset=utf-8",
                    $"aenderungsprotokoll-{DateTime.UtcNow:yyyy-MM-dd}.csv");
        });
        return api;
    }

    /// <summary>The filter, or null when a date is not <c>JJJJ-MM-TT</c>.</summary>
    public static AuditFilter? Filter(string? who, string? what, string? from, string? to, string? unit)
    {
        DateOnly? start = null, end = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
            {
                return null;
            }

            start = f;
        }

        if (!string.IsNullOrWhiteSpace(to))
        {
            if (!DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                return null;
            }

            end = t;
        }

        return new AuditFilter(who, what, start, end, unit);
    }

    private static IResult BadDate() => Results.Problem(statusCode: StatusCodes.Status400BadRequest,
        detail: "Datum bitte im Format JJJJ-MM-TT angeben, z. B. from=2015-06-01.");
}
