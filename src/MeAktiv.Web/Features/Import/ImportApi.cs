using MeAktiv.Core.Features.Import;
using MeAktiv.Web.Api;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace MeAktiv.Web.Features.Import;

/// <summary>
/// <c>POST /api/v1/imports</c> and <c>POST /api/v1/imports/preview</c> (multipart, field <c>file</c>, .csv or .xlsx;
/// <c>confirm=true</c> and <c>reason</c> as form fields or in the query confirm soft plausibility findings) →
/// <c>200 {"rows", "new", "changed", "unchanged", "warnings", "skipped", "values"}</c> (values: old → new per figure), or a problem with
/// <c>errors: [{"row", "column", "message", "code"}]</c> listing the first 100 errors and <c>errorCount</c> (400 invalid, 403 a unit not the caller's,
/// 409 a closed month or a change in between, 413 too large, 422 soft findings without confirmation) and nothing
/// stored; the preview answers the same (its soft findings are <c>warnings</c> of a 200) and never stores.
/// <c>GET /api/v1/imports/template.csv</c>
/// and <c>template.xlsx</c>: the template for the months the caller's units still owe, their duties' components only.
/// CSRF: the form endpoints skip ASP.NET Core's automatic antiforgery check (a bearer-token client has no antiforgery
/// token) and check it themselves for every request that is not authenticated by a bearer token, i.e. the cookie: a
/// browser never attaches a bearer token by itself, so a forged cross-site form post is refused. The import page
/// does not use this endpoint; it calls <see cref="FigureImportService"/> in its circuit.
/// </summary>
public static class ImportApi
{
    private const long MultipartOverhead = 64 * 1024;

    public static RouteGroupBuilder MapImportApi(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports");
        imports.MapPost("", (HttpContext http, FigureImportService import) => RunAsync(http, import, dryRun: false)).WithImportMetadata();
        imports.MapPost("/preview", (HttpContext http, FigureImportService import) => RunAsync(http, import, dryRun: true)).WithImportMetadata();
        imports.MapGet("/template.csv", async (HttpContext http, ImportTemplateService template) =>
            File(await template.CsvAsync(await http.ScopeAsync(), http.RequestAborted), ImportTemplateService.CsvContentType));
        imports.MapGet("/template.xlsx", async (HttpContext http, ImportTemplateService template) =>
            File(await template.XlsxAsync(await http.ScopeAsync(), http.RequestAborted), ImportTemplateService.XlsxContentType));
        return api;
    }

    /// <summary>
    /// The form is read by hand, so that every malformed request gets a German 400 (no <c>Accepts</c> metadata either:
    /// routing would answer another content type with a bare 415). OpenAPI shows the answers.
    /// </summary>
    internal static RouteHandlerBuilder WithImportMetadata(this RouteHandlerBuilder endpoint) => endpoint
        .DisableAntiforgery().AddEndpointFilter(BearerOrAntiforgery)
        .Produces<ImportCounts>()
        .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    internal static async ValueTask<object?> BearerOrAntiforgery(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // The same test as the authentication policy scheme: with this header the request was authenticated by the token.
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!bearer && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ungültige Anfrage",
                detail: "Ein Import über die API braucht ein Bearer-Token (POST /api/v1/auth/login). " +
                        "Im Browser bitte die Importseite verwenden.");
        }

        return await next(context);
    }

    private static IResult File(ImportTemplateFile file, string contentType) => Results.File(file.Content, contentType, file.FileName);

    private static async Task<IResult> RunAsync(HttpContext http, FigureImportService import, bool dryRun)
    {
        var (file, form, refusal) = await ReadUploadAsync(http, import.MaxFileBytes,
            max => Problem(ImportResult.FileError(ImportStatus.TooLarge, dryRun, ImportMessages.TooLarge(null, max))));
        if (refusal is not null)
        {
            return refusal;
        }

        await using var content = file!.OpenReadStream();
        var scope = await http.ScopeAsync();
        var reason = ConfirmReason(http, form!);
        var result = dryRun
            ? await import.PreviewAsync(scope, file.FileName, content, reason, ct: http.RequestAborted)
            : await import.ImportAsync(scope, file.FileName, content, reason, ct: http.RequestAborted);
        return result.Ok
            ? Results.Ok(new ImportCounts(result.Rows, result.New, result.Changed, result.Unchanged, Dtos(result.Warnings),
                result.WarningCount, result.Skipped, result.Values))
            : Problem(result);
    }

    /// <summary>
    /// The uploaded file (form field <c>file</c>) within <paramref name="max"/> bytes, read by hand so that every malformed
    /// request gets a German 400 and a too large one <paramref name="tooLarge"/>; or the answer that refuses the request.
    /// </summary>
    internal static async Task<(IFormFile? File, IFormCollection? Form, IResult? Refusal)> ReadUploadAsync(HttpContext http, long max,
        Func<long, IResult> tooLarge)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max + MultipartOverhead;
        }

        if (http.Request.ContentLength > max + MultipartOverhead)
        {
            return (null, null, tooLarge(max));
        }

        if (!http.Request.HasFormContentType)
        {
            return (null, null, NoFile());
        }

        try
        {
            var form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = max + MultipartOverhead }, http.RequestAborted);
            return form.Files.GetFile("file") is { } file ? (file, form, null) : (null, null, NoFile());
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, null, tooLarge(max));
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return (null, null, NoFile());
        }
    }

    /// <summary>With <c>confirm=true</c> (form field or query) the <c>reason</c> (form field or query; empty if missing).</summary>
    private static string? ConfirmReason(HttpContext http, IFormCollection form)
    {
        var confirm = form.TryGetValue("confirm", out var f) ? f.ToString() : http.Request.Query["confirm"].ToString();
        if (!bool.TryParse(confirm, out var yes) || !yes)
        {
            return null;
        }

        return form.TryGetValue("reason", out var r) ? r.ToString() : http.Request.Query["reason"].ToString();
    }

    internal static List<ImportErrorDto> Dtos(IEnumerable<ImportError> errors) =>
        errors.Select(e => new ImportErrorDto(e.Row, e.Column, e.Message, e.Code)).ToList();

    private static IResult NoFile() => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ungültige Anfrage",
        detail: "Bitte die Datei als multipart/form-data im Feld 'file' senden (.csv oder .xlsx).");

    private static IResult Problem(ImportResult result)
    {
        var (status, title) = result.Status switch
        {
            ImportStatus.Forbidden => (StatusCodes.Status403Forbidden, "Keine Berechtigung"),
            ImportStatus.Conflict => (StatusCodes.Status409Conflict, "Konflikt"),
            ImportStatus.TooLarge => (StatusCodes.Status413PayloadTooLarge, "Datei zu groß"),
            ImportStatus.NeedsConfirmation => (StatusCodes.Status422UnprocessableEntity, "Bestätigung nötig"),
            _ => (StatusCodes.Status400BadRequest, "Ungültige Importdatei"),
        };
        return Results.Problem(statusCode: status, title: title, detail: ImportSummary.Text(result),
            extensions: new Dictionary<string, object?>
            {
                ["code"] = result.Errors.FirstOrDefault(e => e.Code is not null)?.Code,
                ["errors"] = Dtos(result.Errors),
                ["errorCount"] = result.ErrorCount,
                ["warnings"] = Dtos(result.Warnings),
                ["warningCount"] = result.WarningCount,
            });
    }
}

/// <summary>The answer of a successful import or preview; <c>warnings</c>: the soft plausibility findings (confirmed,
/// or in a preview waiting for a confirmation), the first 100 of <c>warningCount</c>.</summary>
public sealed record ImportCounts(int Rows, int New, int Changed, int Unchanged, IReadOnlyList<ImportErrorDto> Warnings, int WarningCount,
    int Skipped, IReadOnlyList<ImportValue> Values);

/// <summary>One entry of <c>errors</c> or <c>warnings</c>: row of the file (header = 1; null: the whole file), column
/// (null: the row), message, and the plausibility rule's code (null for the other rules).</summary>
public sealed record ImportErrorDto(int? Row, string? Column, string Message, string? Code = null);
