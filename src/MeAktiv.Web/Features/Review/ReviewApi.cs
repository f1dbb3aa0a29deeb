using MeAktiv.Core.Features.Review;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Review;

/// <summary>
/// The review screen's data (<c>GET /api/v1/review?year=&amp;quarter=</c>) and its snapshots:
/// <c>POST /api/v1/review/snapshots</c> (Geschäftsführung, Bereichsleitung), <c>GET /review/snapshots</c>,
/// <c>GET /review/snapshots/{id}</c> (the frozen model exactly as stored), <c>GET /review/snapshots/{id}/compare</c>.
/// </summary>
public static class ReviewApi
{
    public static RouteGroupBuilder MapReviewApi(this RouteGroupBuilder api)
    {
        var review = api.MapGroup("/review");
        review.MapGet("", async (int? year, int? quarter, HttpContext http, ReviewService service) =>
            await ApiResults.RunPeriodAsync(year, quarter, async (y, q) =>
                Results.Ok(await service.BuildAsync(await http.ScopeAsync(), y, q, http.RequestAborted)), "?year=2015&quarter=2"));

        review.MapPost("/snapshots", async (FreezeRequest? body, HttpContext http, ReviewSnapshotService service) =>
            await ApiResults.RunPeriodAsync(body?.Year, body?.Quarter, async (y, q) =>
            {
                var info = await service.FreezeAsync(await http.ScopeAsync(), y, q, body!.Title, body.MeetingId, http.RequestAborted);
                return Results.Created($"/api/v1/review/snapshots/{info.Id}", info);
            }, "{\"year\":2015,\"quarter\":2}"));

        review.MapGet("/snapshots", async (int? year, ReviewSnapshotService service, HttpContext http) =>
            Results.Ok(await service.ListAsync(year, http.RequestAborted)));

        review.MapGet("/snapshots/{id:guid}", async (Guid id, ReviewSnapshotService service, HttpContext http) =>
            await service.GetAsync(await http.ScopeAsync(), id, http.RequestAborted) is { } frozen
                ? Results.Text(frozen.Json, "application/json")
                : NotFound());

        review.MapGet("/snapshots/{id:guid}/compare", async (Guid id, Guid? with, ReviewSnapshotService service, HttpContext http) =>
            await service.CompareAsync(await http.ScopeAsync(), id, http.RequestAborted, with) is { } comparison
                ? Results.Ok(comparison)
                : NotFound());
        return api;
    }

    private static IResult NotFound() => Results.Problem(statusCode: 404, detail: "Diesen eingefrorenen Stand gibt es nicht.");

    public sealed record FreezeRequest(int? Year, int? Quarter, string? Title, Guid? MeetingId);
}
