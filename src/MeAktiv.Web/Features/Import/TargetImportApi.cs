using MeAktiv.Core.Features.Import;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Import;

/// <summary>
/// <c>POST /api/v1/targets/import/preview</c> and <c>POST /api/v1/targets/import</c> (multipart, field <c>file</c>, .csv
/// or .xlsx in the Planungsdokument's shape, docs/api.md) → <c>200 {"new", "changed", "unchanged", "rows": [{"row",
/// "year", "unit", "indicator", "change", "version", "value", "status"}]}</c>, or a problem with <c>errors: [{"row",
/// "column", "message"}]</c> and nothing stored (400 invalid, 403 a role or unit the caller may not maintain, 409 a
/// stale version, 413 too large). The same upload handling and CSRF rule as the figure import (<see cref="ImportApi"/>).
/// </summary>
public static class TargetImportApi
{
    public static RouteGroupBuilder MapTargetImportApi(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/targets/import");
        imports.MapPost("", (HttpContext http, TargetImportService import) => RunAsync(http, import, dryRun: false)).WithTargetImportMetadata();
        imports.MapPost("/preview", (HttpContext http, TargetImportService import) => RunAsync(http, import, dryRun: true)).WithTargetImportMetadata();
        return api;
    }

    private static RouteHandlerBuilder WithTargetImportMetadata(this RouteHandlerBuilder endpoint) => endpoint
        .DisableAntiforgery().AddEndpointFilter(ImportApi.BearerOrAntiforgery)
        .Produces<TargetImportAnswer>()
        .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static async Task<IResult> RunAsync(HttpContext http, TargetImportService import, bool dryRun)
    {
        var (file, _, refusal) = await ImportApi.ReadUploadAsync(http, import.MaxFileBytes,
            max => Problem(new TargetImportResult(ImportStatus.TooLarge, dryRun, [], [new ImportError(null, null, ImportMessages.TooLarge(null, max))])));
        if (refusal is not null)
        {
            return refusal;
        }

        await using var content = file!.OpenReadStream();
        var scope = await http.ScopeAsync();
        var result = dryRun
            ? await import.PreviewAsync(scope, file.FileName, content, http.RequestAborted)
            : await import.ImportAsync(scope, file.FileName, content, ct: http.RequestAborted);
        return result.Ok
            ? Results.Ok(new TargetImportAnswer(result.New, result.Changed, result.Unchanged, result.Lines.Select(l => new TargetImportRowDto(
                l.Row, l.Year, l.Unit, l.Indicator, l.Change.ToString().ToLowerInvariant(), l.Version, l.Value, l.Status.ToString().ToLowerInvariant())).ToList()))
            : Problem(result);
    }

    private static IResult Problem(TargetImportResult result)
    {
        var (status, title) = result.Status switch
        {
            ImportStatus.Forbidden => (StatusCodes.Status403Forbidden, "Keine Berechtigung"),
            ImportStatus.Conflict => (StatusCodes.Status409Conflict, "Konflikt"),
            ImportStatus.TooLarge => (StatusCodes.Status413PayloadTooLarge, "Datei zu groß"),
            _ => (StatusCodes.Status400BadRequest, "Ungültige Importdatei"),
        };
        return Results.Problem(statusCode: status, title: title, detail: result.Summary,
            extensions: new Dictionary<string, object?> { ["errors"] = ImportApi.Dtos(result.Errors), ["errorCount"] = result.Errors.Count });
    }
}

/// <summary>The answer of a successful target import or preview: counts and the version each row results in.</summary>
public sealed record TargetImportAnswer(int New, int Changed, int Unchanged, IReadOnlyList<TargetImportRowDto> Rows);

/// <summary>One row: <c>change</c> is <c>new</c>, <c>changed</c> or <c>unchanged</c>; <c>version</c> the resulting version.</summary>
public sealed record TargetImportRowDto(int Row, int Year, string Unit, string Indicator, string Change, int Version, decimal? Value, string Status);
