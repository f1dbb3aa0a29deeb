using MeAktiv.Core.Features.Budget;
using MeAktiv.Web.Api;
using Microsoft.AspNetCore.Http.Features;

namespace MeAktiv.Web.Features.Budget;

/// <summary>
/// Budget and staff (issue 21, docs/api.md „Haushalt und Personal“): the year's budget at the Datenstand month (JSON or
/// XLSX), a line's months, Finanzen's entry of a line's month (version → 409), the CSV/XLSX import (all or nothing), the
/// next plan revision, the month workflow (submit, close, reopen) and the staff per unit. Rights: <see cref="BudgetRights"/>.
/// </summary>
public static class BudgetApi
{
    public static RouteGroupBuilder MapBudgetApi(this RouteGroupBuilder api)
    {
        api.MapGet("/budgets", async (int? year, int? month, string? format, HttpContext http, BudgetQueries queries, TimeProvider clock) =>
        {
            if (year is null or < 2000 or > 2100 || month is < 1 or > 12)
            {
                return Results.Problem(statusCode: 400, detail: "Bitte das Jahr (und optional den Monat 1–12) angeben, z. B. /api/v1/budgets?year=2015.");
            }

            var report = await queries.LoadAsync(await http.ScopeAsync(), year.Value, month, http.RequestAborted);
            return report is null
                ? Results.Problem(statusCode: 403, detail: BudgetRights.ForbiddenText)
                : ApiResults.JsonOrXlsx(BudgetJson.Of(report), format, () => BudgetExports.Document(report, clock.GetUtcNow().UtcDateTime), $"haushalt-{year}");
        });
        api.MapGet("/budgets/{year:int}/{line}", async (int year, string line, HttpContext http, BudgetQueries queries) =>
            year is < 2000 or > 2100 ? Results.Problem(statusCode: 400, detail: "Das Jahr muss zwischen 2000 und 2100 liegen.")
            : await queries.LineMonthsAsync(await http.ScopeAsync(), year, line, http.RequestAborted) switch
            {
                { Failure: BudgetFailure.Forbidden } r => Results.Problem(statusCode: 403, detail: r.Error),
                { Months: null } r => Results.Problem(statusCode: 404, detail: r.Error),
                var r => Results.Ok(r.Months),
            });
        api.MapPut("/budgets/{year:int}/{line}/{month:int}", async (int year, string line, int month, BudgetEntryRequest body, HttpContext http,
            BudgetEntryService entry) =>
        {
            if (body.Committed is null || body.Paid is null)
            {
                return Results.Problem(statusCode: 400, detail: "Bitte Mittelbindung (committed) und Ausgaben (paid) in Euro angeben.");
            }

            var input = new BudgetEntryInput(year, line, month, body.Committed.Value, body.Paid.Value, body.Version);
            return Answer(await entry.SaveAsync(await http.ScopeAsync(), [input], ct: http.RequestAborted));
        });
        api.MapPost("/budgets/import", async (HttpContext http, BudgetImportService import) =>
        {
            if (await UploadAsync(http) is not { } file)
            {
                return Results.Problem(statusCode: 400,
                    detail: $"Bitte die CSV- oder XLSX-Datei (höchstens 2 MB) als multipart/form-data im Feld 'file' senden; Kopfzeile {BudgetImportService.HeaderLine}.");
            }

            await using var content = file.OpenReadStream();
            return Answer(await import.ImportAsync(await http.ScopeAsync(), file.FileName, content, http.RequestAborted));
        }).DisableAntiforgery();
        api.MapPost("/budgets/{year:int}/plans", async (int year, BudgetPlanRequest body, HttpContext http, BudgetPlanService plans) =>
            body.BaseId is null
                ? Results.Problem(statusCode: 400, detail: "Bitte die gültige Planversion angeben, von der die Revision ausgeht (baseId aus GET /api/v1/budgets).")
                : Answer(await plans.AddRevisionAsync(await http.ScopeAsync(), body.ToInput(year), http.RequestAborted)));
        api.MapPost("/budgets/{year:int}/{month:int}/submit", async (int year, int month, HttpContext http, FinanceMonthService months) =>
            Answer(await months.SubmitAsync(await http.ScopeAsync(), year, month, http.RequestAborted)));
        api.MapPost("/budgets/{year:int}/{month:int}/close", async (int year, int month, HttpContext http, FinanceMonthService months) =>
            Answer(await months.CloseAsync(await http.ScopeAsync(), year, month, http.RequestAborted)));
        api.MapPost("/budgets/{year:int}/{month:int}/reopen", async (int year, int month, BudgetReopenRequest body, HttpContext http,
            FinanceMonthService months) => Answer(await months.ReopenAsync(await http.ScopeAsync(), year, month, body.Reason, http.RequestAborted)));
        api.MapGet("/staff", async (int? year, int? month, HttpContext http, StaffQueries queries) =>
        {
            if (year is null or < 2000 or > 2100 || month is < 1 or > 12)
            {
                return Results.Problem(statusCode: 400, detail: "Bitte das Jahr (und optional den Monat 1–12) angeben, z. B. /api/v1/staff?year=2015.");
            }

            var report = await queries.LoadAsync(await http.ScopeAsync(), year.Value, month, http.RequestAborted);
            return report is null ? Results.Problem(statusCode: 403, detail: BudgetRights.StaffText) : Results.Ok(report);
        });
        api.MapPut("/staff/{year:int}/{unit}/{month:int}", async (int year, string unit, int month, StaffEntryRequest body, HttpContext http,
            StaffEntryService staff) =>
        {
            if (body.PlannedFte is null || body.ActualFte is null)
            {
                return Results.Problem(statusCode: 400, detail: "Bitte VZÄ Soll (plannedFte) und VZÄ Ist (actualFte) angeben.");
            }

            var input = new StaffEntryInput(year, unit, month, body.PlannedFte.Value, body.ActualFte.Value, body.Version);
            return Answer(await staff.SaveAsync(await http.ScopeAsync(), input, http.RequestAborted));
        });
        return api;
    }

    private static IResult Answer(BudgetResult result) => result.Failure switch
    {
        BudgetFailure.None => Results.Ok(new { saved = result.Saved }),
        BudgetFailure.Forbidden => Results.Problem(statusCode: 403, detail: result.Error),
        BudgetFailure.NotFound => Results.Problem(statusCode: 404, detail: result.Error),
        BudgetFailure.Conflict => Results.Problem(statusCode: 409, detail: result.Error),
        _ => ApiResults.Refused(400, result.Error, new Dictionary<string, string[]> { ["rows"] = [.. result.Errors] }),
    };

    private static async Task<IFormFile?> UploadAsync(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = BudgetImportService.MaxBytes + 64 * 1024;
        }

        if (!http.Request.HasFormContentType || http.Request.ContentLength > BudgetImportService.MaxBytes + 64 * 1024)
        {
            return null;
        }

        try
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            return form.Files.GetFile("file") is { Length: <= BudgetImportService.MaxBytes } file ? file : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return null;
        }
    }
}

/// <summary>The body of <c>PUT /api/v1/budgets/{year}/{line}/{month}</c>: amounts in € and the version read (null for a new cell).</summary>
public sealed record BudgetEntryRequest(decimal? Committed, decimal? Paid, Guid? Version);

/// <summary>The body of <c>POST /api/v1/budgets/{year}/plans</c>: the valid version read and what changes (null: unchanged).</summary>
public sealed record BudgetPlanRequest(Guid? BaseId, DateOnly? DecidedOn, string? Note, decimal? VerwaltungAllocation, decimal? EingliederungAllocation,
    decimal? PlannedShift, Dictionary<string, decimal>? Amounts)
{
    public BudgetPlanInput ToInput(int year) =>
        new(year, BaseId, DecidedOn, Note, VerwaltungAllocation, EingliederungAllocation, PlannedShift, Amounts);
}

/// <summary>The body of <c>PUT /api/v1/staff/{year}/{unit}/{month}</c>.</summary>
public sealed record StaffEntryRequest(decimal? PlannedFte, decimal? ActualFte, Guid? Version);

/// <summary>The body of <c>POST /api/v1/budgets/{year}/{month}/reopen</c>.</summary>
public sealed record BudgetReopenRequest(string? Reason);
