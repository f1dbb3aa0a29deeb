using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Steuerung;

/// <summary>
/// The review process: measures (<c>/measures</c>, status changes and follow-ups as <c>/measures/{id}/follow-ups</c>),
/// meetings (<c>/meetings</c>: agenda built on creation, minutes, decisions, close), comments
/// (<c>/comments/{indicator}/{unit}/{month}</c>) and Termine (<c>/termine?from=&amp;to=</c>). Same rights as the UI.
/// </summary>
public static class SteuerungApi
{
    public static RouteGroupBuilder MapSteuerungApi(this RouteGroupBuilder api)
    {
        api.MapGet("/measures", async (string? unit, string? owner, MeasureStatus? status, bool? active, string? indicator,
                HttpContext http, MeasureQueries queries) =>
            Results.Ok(await queries.ListAsync(await http.ScopeAsync(),
                new MeasureFilter(unit, owner, status, active ?? false, indicator), http.RequestAborted)));
        api.MapGet("/measures/{id:guid}", async (Guid id, HttpContext http, MeasureQueries queries) =>
            await queries.GetAsync(await http.ScopeAsync(), id, http.RequestAborted) is { } m
                ? Results.Ok(m)
                : Results.Problem(statusCode: 404, detail: "Die Maßnahme gibt es nicht."));
        api.MapPost("/measures", async (MeasureInput body, HttpContext http, MeasureService service) =>
            ToResult(await service.CreateAsync(await http.ScopeAsync(), body, http.RequestAborted), created: "/api/v1/measures/"));
        api.MapPut("/measures/{id:guid}", async (Guid id, MeasureInput body, HttpContext http, MeasureService service) =>
            ToResult(await service.UpdateAsync(await http.ScopeAsync(), id, body, http.RequestAborted)));
        api.MapPost("/measures/{id:guid}/follow-ups", async (Guid id, FollowUpInput body, HttpContext http, MeasureService service) =>
            ToResult(await service.FollowUpAsync(await http.ScopeAsync(), id, body, http.RequestAborted)));

        api.MapGet("/meetings", async (int? year, HttpContext http, MeetingQueries queries) =>
            Results.Ok(await queries.ListAsync(await http.ScopeAsync(), year, http.RequestAborted)));
        api.MapGet("/meetings/{id:guid}", async (Guid id, HttpContext http, MeetingQueries queries) =>
            await queries.GetAsync(await http.ScopeAsync(), id, http.RequestAborted) is { } m
                ? Results.Ok(m)
                : Results.Problem(statusCode: 404, detail: "Die Sitzung gibt es nicht."));
        api.MapPost("/meetings", async (MeetingInput body, HttpContext http, MeetingService service) =>
            ToResult(await service.CreateAsync(await http.ScopeAsync(), body, http.RequestAborted), created: "/api/v1/meetings/"));
        api.MapPut("/meetings/{id:guid}/minutes", async (Guid id, MinutesInput body, HttpContext http, MeetingService service) =>
            ToResult(await service.SaveMinutesAsync(await http.ScopeAsync(), id, body, http.RequestAborted)));
        api.MapPost("/meetings/{id:guid}/decisions", async (Guid id, DecisionRequest body, HttpContext http, MeetingService service) =>
            ToResult(await service.AddDecisionAsync(await http.ScopeAsync(), id, body.Text ?? "", body.Version, http.RequestAborted)));
        api.MapPost("/meetings/{id:guid}/close", async (Guid id, VersionRequest body, HttpContext http, MeetingService service) =>
            ToResult(await service.CloseAsync(await http.ScopeAsync(), id, body.Version, http.RequestAborted)));

        api.MapGet("/comments/{indicator}/{unit}/{month}", async (string indicator, string unit, string month, HttpContext http,
                CommentService service) => ParseMonth(month) is not { } m
            ? BadMonth()
            : await service.GetAsync(await http.ScopeAsync(), indicator, unit, m.Year, m.Month, http.RequestAborted) is { } c
                ? Results.Ok(c)
                : Results.Problem(statusCode: 404, detail: $"Die Kennzahl '{indicator}' oder die Einheit '{unit}' gibt es nicht."));
        api.MapPut("/comments/{indicator}/{unit}/{month}", async (string indicator, string unit, string month, CommentRequest body,
                HttpContext http, CommentService service) => ParseMonth(month) is not { } m
            ? BadMonth()
            : ToResult(await service.SaveAsync(await http.ScopeAsync(),
                new CommentInput(indicator, unit, m.Year, m.Month, body.Text ?? "", body.Version), http.RequestAborted)));

        api.MapGet("/termine", async (DateOnly? from, DateOnly? to, HttpContext http, TermineQueries queries) =>
            from is null || to is null
                ? Results.Problem(statusCode: 400, detail: "Bitte Zeitraum angeben, z. B. ?from=2015-01-01&to=2015-12-31.")
                : TermineQueries.PeriodRefusal(from.Value, to.Value) is { } refusal
                ? Results.Problem(statusCode: 400, detail: refusal)
                : Results.Ok(await queries.ListAsync(await http.ScopeAsync(), from.Value, to.Value, http.RequestAborted)));
        return api;
    }

    private static IResult ToResult(SteuerungResult result, string? created = null)
    {
        if (result.Ok)
        {
            var body = new { id = result.Id, version = result.Version };
            return created is null ? Results.Ok(body) : Results.Created(created + result.Id, body);
        }

        var status = result.Failure switch
        {
            WorkflowFailure.NotFound => 404,
            WorkflowFailure.Forbidden => 403,
            WorkflowFailure.Invalid => 400,
            _ => 409,
        };
        return result.Errors is { Count: > 0 } errors
            ? Results.ValidationProblem(errors.ToDictionary(), detail: result.Error, statusCode: status)
            : Results.Problem(statusCode: status, detail: result.Error);
    }

    private static YearMonth? ParseMonth(string month) => YearMonth.Parse(month);

    private static IResult BadMonth() => Results.Problem(statusCode: 400, detail: YearMonth.FormatMessage);
}

public sealed record DecisionRequest(string? Text, Guid Version);

public sealed record VersionRequest(Guid Version);

public sealed record CommentRequest(string? Text, Guid? Version);
