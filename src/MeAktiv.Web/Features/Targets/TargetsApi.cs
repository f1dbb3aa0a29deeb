using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Targets;

/// <summary>
/// Targets: the current version of each target of a year (<c>GET /targets?year=</c>), one target's versions, and a new
/// version (<c>PUT /targets/{year}/{unit}/{indicator}</c>, same rules as the page "Ziele pflegen"). Statuses are the
/// enum names everywhere: <c>Planungsangebot</c>, <c>Vorlaeufig</c>, <c>Final</c>, <c>Angepasst</c>.
/// </summary>
public static class TargetsApi
{
    public static RouteGroupBuilder MapTargetsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/targets", async (int? year, HttpContext http, TargetQueries queries) =>
        {
            if (year is null or < 2000 or > 2100)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest,
                    detail: "Bitte das Jahr angeben, z. B. /api/v1/targets?year=2015.");
            }

            var targets = await queries.ListAsync(await http.ScopeAsync(), year.Value, http.RequestAborted);
            return Results.Ok(targets.Select(t => new
            {
                t.Unit, t.Indicator, t.Year, t.Value, t.Status, t.Version, t.Note, t.DecidedOn, t.Reason,
                Baseline = t.Baseline is null && t.BaselineSource is null ? null : new { Value = t.Baseline, Source = t.BaselineSource },
                t.Change,
                PeriodFrom = TargetPeriodJson.Month(t.Profile.From), PeriodTo = TargetPeriodJson.Month(t.Profile.To),
                Phasing = TargetPeriodJson.Phasing(t.Phasing, t.Profile),
            }));
        });
        api.MapGet("/targets/{year:int}/{unit}/{indicator}/versions", async (int year, string unit, string indicator, HttpContext http,
                TargetQueries queries) =>
            await queries.VersionsAsync(await http.ScopeAsync(), year, unit, indicator, http.RequestAborted) is { } versions
                ? Results.Ok(versions.Select(Json))
                : Results.Problem(statusCode: 404, detail: $"Die Einheit '{unit}' oder die Kennzahl '{indicator}' gibt es nicht."));
        api.MapPut("/targets/{year:int}/{unit}/{indicator}", async (int year, string unit, string indicator, TargetRequest body,
            HttpContext http, TargetMaintenanceService service) =>
        {
            if (TargetStatusNames.Parse(body.Status) is not { } status)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [UnknownStatus] },
                    detail: UnknownStatus, statusCode: 400);
            }

            if (body.DecidedOn is null || body.Version is null)
            {
                var text = body.DecidedOn is null
                    ? "Bitte das Datum der Entscheidung angeben (decidedOn, JJJJ-MM-TT)."
                    : "Bitte die zuletzt gelesene Version angeben (version, 0 für ein neues Ziel).";
                return Results.ValidationProblem(new Dictionary<string, string[]> { [body.DecidedOn is null ? "decidedOn" : "version"] = [text] },
                    detail: text, statusCode: 400);
            }

            if (TargetPeriodJson.Problem(body) is { } problem)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { [problem.Field] = [problem.Message] },
                    detail: problem.Message, statusCode: 400);
            }

            var input = new TargetInput(year, unit, indicator, body.Value, status, body.DecidedOn.Value, body.Note, body.Reason,
                body.Baseline?.Value, body.Baseline?.Source, body.Change, body.Version.Value)
            {
                PeriodFrom = YearMonth.Parse(body.PeriodFrom), PeriodTo = YearMonth.Parse(body.PeriodTo),
                Phasing = TargetPeriodJson.Kind(body.Phasing?.Kind), Plan = body.Phasing?.Plan,
            };
            var result = await service.SaveAsync(await http.ScopeAsync(), input, http.RequestAborted);
            if (result.Saved is { } saved)
            {
                return Results.Ok(Json(saved));
            }

            var code = result.Failure switch
            {
                TargetFailure.NotFound => 404,
                TargetFailure.Forbidden => 403,
                TargetFailure.Invalid => 400,
                _ => 409,
            };
            return ApiResults.Refused(code, result.Error, result.Errors);
        });
        api.MapPost("/targets/rollover", async (int? year, HttpContext http, YearRollover rollover) =>
        {
            if (year is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest,
                    detail: "Bitte das vorzubereitende Zieljahr angeben, z. B. /api/v1/targets/rollover?year=2016.");
            }

            var result = await rollover.RunAsync(await http.ScopeAsync(), year.Value, http.RequestAborted);
            return result.Failure switch
            {
                TargetFailure.None => Results.Ok(new { result.Created, result.Skipped, result.Planned, result.Dates, result.SwitchedOff, Message = result.Message(year.Value) }),
                TargetFailure.Forbidden => Results.Problem(statusCode: 403, detail: result.Error),
                TargetFailure.Invalid => Results.Problem(statusCode: 400, detail: result.Error),
                _ => Results.Problem(statusCode: 409, detail: result.Error),
            };
        });
        return api;
    }

    private const string UnknownStatus = "Unbekannter Status: erlaubt sind Planungsangebot, Vorlaeufig, Final und Angepasst.";

    private static object Json(TargetVersionView v) => new
    {
        v.Year, v.Unit, v.Indicator, v.Version, v.Value, v.Status, v.DecidedOn, v.Note, v.Reason,
        Baseline = v.Baseline is null && v.BaselineSource is null ? null : new { Value = v.Baseline, Source = v.BaselineSource },
        v.Change, v.CreatedBy, v.CreatedAt,
        PeriodFrom = TargetPeriodJson.Month(v.Profile.From), PeriodTo = TargetPeriodJson.Month(v.Profile.To),
        Phasing = TargetPeriodJson.Phasing(v.Phasing, v.Profile),
    };
}

/// <summary>The body of <c>PUT /api/v1/targets/{year}/{unit}/{indicator}</c>.</summary>
public sealed record TargetRequest(decimal? Value, string? Status, DateOnly? DecidedOn, string? Note, string? Reason,
    BaselineRequest? Baseline, decimal? Change, int? Version, string? PeriodFrom = null, string? PeriodTo = null,
    PhasingRequest? Phasing = null);

/// <summary>The value a target is measured against and its source.</summary>
public sealed record BaselineRequest(decimal? Value, string? Source);
