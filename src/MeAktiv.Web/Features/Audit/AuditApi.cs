using System.Globalization;
using MeAktiv.Core.Features.Audit;
using MeAktiv.Core.Security;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Audit;

/// <summary>
/// <c>GET /api/v1/audit?who=&amp;what=&amp;from=JJJJ-MM-TT&amp;to=&amp;unit=&amp;limit=</c> (JSON, newest first) and
/// <c>GET /api/v1/audit.csv?…</c> (UTF-8 with BOM, <c>;</c>): the audit log, for Administration and Geschäftsführung.
/// </summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("").RequireAuthorization(p => p.RequireRole(Roles.Administration, Roles.Geschaeftsfuehrung));
        audit.MapGet("/audit", async (HttpContext http, AuditLogQueries queries, string? who, string? what, string? from, string? to,
            string? unit, int? limit) =>
        {
            if (Filter(who, what, from, to, unit) is not { } filter)
            {
                return BadDate();
            }

            var rows = await queries.SearchAsync(await http.ScopeAsync(), filter, limit ?? 500, http.RequestAborted);
            return rows is null ? Results.Problem(statusCode: StatusCodes.Status403Forbidden) : Results.Ok(rows);
        });
        audit.MapGet("/audit.csv", async (HttpContext http, AuditLogQueries queries, string? who, string? what, string? from,
            string? to, string? unit) =>
        {
            if (Filter(who, what, from, to, unit) is not { } filter)
            {
                return BadDate();
            }

            var rows = await queries.SearchAsync(await http.ScopeAsync(), filter, AuditLogQueries.MaxRows, http.RequestAborted);
            return rows is null
                ? Results.Problem(statusCode: StatusCodes.Status403Forbidden)
                : Results.File(AuditLogQueries.Csv(rows), "text/csv; charset=utf-8",
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
