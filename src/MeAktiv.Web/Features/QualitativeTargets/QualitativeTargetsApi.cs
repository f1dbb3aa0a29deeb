using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.QualitativeTargets;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.QualitativeTargets;

/// <summary>
/// Qualitative targets (Pflichten und Meilensteine): those of a year the caller may read (<c>GET ?year=</c>), a new one
/// (<c>POST</c>) and a change (<c>PUT /{id}</c> with the version read), with the rules of the page <c>/ziele/pflichten</c>.
/// Statuses are the enum names <c>Open</c>, <c>InProgress</c>, <c>Done</c>, <c>Dropped</c> (the German words are accepted too).
/// </summary>
public static class QualitativeTargetsApi
{
    private const string UnknownStatus = "Unbekannter Status: erlaubt sind Open (offen), InProgress (in Arbeit), Done (erledigt) und Dropped (entfallen).";

    public static RouteGroupBuilder MapQualitativeTargetsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/qualitative-targets", async (int? year, string? unit, HttpContext http, QualitativeTargetQueries queries) =>
        {
            if (year is null or < 2000 or > 2100)
            {
                return Results.Problem(statusCode: 400, detail: "Bitte das Jahr angeben, z. B. /api/v1/qualitative-targets?year=2015.");
            }

            var rows = await queries.ListAsync(await http.ScopeAsync(), year.Value, unit, http.RequestAborted);
            return Results.Ok(rows.Select(Json));
        });
        api.MapPost("/qualitative-targets", async (QualitativeTargetRequest body, HttpContext http, QualitativeTargetService service) =>
            await SaveAsync(body, async input => await service.CreateAsync(await http.ScopeAsync(), input, http.RequestAborted), 201));
        api.MapPut("/qualitative-targets/{id:guid}", async (Guid id, QualitativeTargetRequest body, HttpContext http,
            QualitativeTargetService service) =>
            await SaveAsync(body, async input => await service.UpdateAsync(await http.ScopeAsync(), id, input, http.RequestAborted), 200));
        return api;
    }

    private static async Task<IResult> SaveAsync(QualitativeTargetRequest body, Func<QualitativeTargetInput, Task<QualitativeTargetResult>> save,
        int okStatus)
    {
        var status = body.Status is null ? DutyStatus.Open : DutyStatusNames.Parse(body.Status);
        if (status is null || body.DueDate is null || body.Year is null)
        {
            var (field, text) = status is null ? ("status", UnknownStatus)
                : body.DueDate is null ? ("dueDate", "Bitte das Fälligkeitsdatum angeben (dueDate, JJJJ-MM-TT).")
                : ("year", "Bitte das Jahr angeben (year).");
            return Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [text] }, detail: text, statusCode: 400);
        }

        var input = new QualitativeTargetInput(body.Year.Value, body.Unit ?? "JC", body.Title ?? "", body.Description, body.Owner ?? "",
            body.DueDate.Value, status.Value, body.Evidence, body.Source, body.Code, body.Version);
        var result = await save(input);
        if (result.Saved is { } saved)
        {
            return okStatus == 201 ? Results.Created($"/api/v1/qualitative-targets/{saved.Id}", Json(saved)) : Results.Ok(Json(saved));
        }

        var code = result.Failure switch
        {
            QualitativeTargetFailure.NotFound => 404,
            QualitativeTargetFailure.Forbidden => 403,
            QualitativeTargetFailure.Invalid => 400,
            _ => 409,
        };
        return ApiResults.Refused(code, result.Error, result.Errors);
    }

    private static object Json(QualitativeTargetView q) => new
    {
        q.Id, q.Code, q.Year, q.Unit, q.Title, q.Description, q.Owner, q.DueDate, q.Status, q.Evidence, q.Source, q.IsOverdue,
        q.UpdatedBy, q.UpdatedAt, q.Version,
    };
}

/// <summary>The body of <c>POST</c> and <c>PUT /api/v1/qualitative-targets</c> (<c>version</c> required on a change).</summary>
public sealed record QualitativeTargetRequest(int? Year, string? Unit, string? Title, string? Description, string? Owner, DateOnly? DueDate,
    string? Status, string? Evidence, string? Source, string? Code, Guid? Version);
