using System.Text.Json;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Figures;

/// <summary>
/// The month workflow of a unit: <c>POST /api/v1/months/{unit}/{month}/submit</c> (off-track targets without a comment:
/// 422 <c>comments-required</c> listing them, repeat with <c>{"comments": [{"indicator", "text"}]}</c>), <c>…/close</c> (a month not
/// submitted with <c>?confirm=true</c> or <c>{"confirm": true}</c>, else 409 naming what is missing), <c>…/reopen</c>
/// (body <c>{"reason": "…"}</c>), and <c>GET /api/v1/months?year=&amp;month=</c> (the completeness overview).
/// </summary>
public static class MonthsApi
{
    public static RouteGroupBuilder MapMonthsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/months", async (int? year, int? month, HttpContext http, CompletenessQueries queries) =>
            year is null || month is null or < 1 or > 12 || !YearMonth.IsValidYear(year.Value)
                ? Results.Problem(statusCode: 400, detail: "Bitte Jahr (2000–2100) und Monat (1–12) angeben, z. B. ?year=2015&month=6.")
                : Results.Ok(await queries.ForMonthAsync(await http.ScopeAsync(), year.Value, month.Value, http.RequestAborted)));
        api.MapPost("/months/{unit}/{month}/submit", async (string unit, string month, HttpContext http, MonthWorkflowService flow) =>
            await ReadBodyAsync(http, new SubmitRequest()) is not { } body
                ? Results.Problem(statusCode: 400,
                    detail: "Der Inhalt der Anfrage ist kein gültiges JSON, erwartet wird z. B. {\"comments\": [{\"indicator\": \"K2\", \"text\": \"…\"}]}.")
                : await Run(month, http, (scope, y, m) => flow.SubmitAsync(scope, unit, y, m, body.Comments ?? [], http.RequestAborted)));
        api.MapPost("/months/{unit}/{month}/close", async (string unit, string month, bool? confirm, HttpContext http,
                MonthWorkflowService flow) =>
        {
            if (await ReadBodyAsync(http, new CloseRequest()) is not { } body)
            {
                return Results.Problem(statusCode: 400, detail: "Der Inhalt der Anfrage ist kein gültiges JSON, erwartet wird z. B. {\"confirm\": true}.");
            }

            var confirmed = confirm == true || body.Confirm == true;
            return await Run(month, http, (scope, y, m) => flow.CloseAsync(scope, unit, y, m, confirmed, http.RequestAborted));
        });
        api.MapPost("/months/{unit}/{month}/reopen", (string unit, string month, ReopenRequest body, HttpContext http,
                MonthWorkflowService flow) =>
            Run(month, http, (scope, y, m) => flow.ReopenAsync(scope, unit, y, m, body.Reason ?? "", http.RequestAborted)));
        return api.MapDeviationsApi();
    }

    private static async Task<IResult> Run(string month, HttpContext http,
        Func<MeAktiv.Core.Security.UserScope, int, int, Task<WorkflowResult>> step)
    {
        if (YearMonth.Parse(month) is not { } first)
        {
            return Results.Problem(statusCode: 400, detail: YearMonth.FormatMessage);
        }

        var result = await step(await http.ScopeAsync(), first.Year, first.Month);
        if (result.Failure == WorkflowFailure.CommentsRequired)
        {
            // Off-track targets without a comment: the same call with {"comments": [{"indicator", "text"}]} submits.
            return Results.Problem(detail: result.Error, statusCode: 422,
                extensions: new Dictionary<string, object?> { ["code"] = "comments-required", ["deviations"] = result.Deviations });
        }

        if (result.Failure == WorkflowFailure.NeedsConfirmation)
        {
            // Closing a month that was not submitted: the same call with ?confirm=true (or {"confirm": true}) closes it.
            return Results.Problem(detail: result.Error, statusCode: 409,
                extensions: new Dictionary<string, object?> { ["confirmationRequired"] = true, ["missing"] = result.Missing });
        }

        return result.Ok
            ? Results.Ok(new { State = result.State.ToString() })
            : Results.Problem(detail: result.Error, statusCode: result.Failure switch
            {
                WorkflowFailure.NotFound => 404,
                WorkflowFailure.Forbidden => 403,
                WorkflowFailure.Invalid => 400,
                _ => 409,
            });
    }

    /// <summary>The optional JSON body of a close or a submit; no body or another content type: an empty one; a body
    /// that is not such JSON: null (a 400, not an exception: a client's mistake is no error of the server).</summary>
    private static async Task<T?> ReadBodyAsync<T>(HttpContext http, T empty) where T : class
    {
        if (!http.Request.HasJsonContentType() || http.Request.ContentLength == 0)
        {
            return empty;
        }

        try
        {
            return await http.Request.ReadFromJsonAsync<T>(http.RequestAborted) ?? empty;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public sealed record ReopenRequest(string? Reason);

/// <summary>The optional body of <c>POST /api/v1/months/{unit}/{month}/close</c>.</summary>
public sealed record CloseRequest(bool? Confirm = null);

/// <summary>The optional body of <c>POST /api/v1/months/{unit}/{month}/submit</c>: a comment per off-track target.</summary>
public sealed record SubmitRequest(IReadOnlyList<DeviationComment>? Comments = null);
