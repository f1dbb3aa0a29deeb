using System.Globalization;

namespace MeAktiv.Web.Infrastructure.Startup;

/// <summary>
/// While the database is being migrated and seeded (<see cref="DatabaseStartup"/>), every request — pages, API,
/// <c>/health</c>, static files — gets 503 with <c>Retry-After</c>: a small German page that reloads itself (meta
/// refresh), and German problem details under <c>/api</c>. Once the database is ready it only passes requests on.
/// </summary>
public sealed class DatabasePreparingMiddleware(RequestDelegate next, DatabaseStartup startup)
{
    /// <summary>Seconds the browser (meta refresh) and clients (<c>Retry-After</c>) wait before asking again.</summary>
    public const int RetrySeconds = 3;

    public const string Title = "Datenbank wird vorbereitet …";

    public const string Detail = "ME-aktiv richtet beim Start die Datenbank ein (Migrationen, Stammdaten). " +
                                 "Das dauert beim ersten Start einige Sekunden; die Seite lädt sich von selbst neu.";

    private static readonly string Page = $$"""
        <!DOCTYPE html>
        <html lang="de">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <meta http-equiv="refresh" content="{{RetrySeconds}}" />
            <title>{{Title}} – ME-aktiv Zielnachhaltung</title>
            <style>
                body { font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
                main { max-width: 560px; margin: 15vh auto; padding: 0 16px; }
                h1 { font-size: 1.6rem; }
                p { line-height: 1.5; }
            </style>
        </head>
        <body>
            <main>
                <h1>{{Title}}</h1>
                <p role="status">{{Detail}}</p>
                <p>Falls nicht, bitte in {{RetrySeconds}} Sekunden erneut laden.</p>
            </main>
        </body>
        </html>
        """;

    public Task InvokeAsync(HttpContext context)
    {
        if (startup.IsReady)
        {
            return next(context);
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetrySeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return Results.Problem(Detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: Title).ExecuteAsync(context);
        }

        response.ContentType = "text/html; charset=utf-8";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.WriteAsync(Page, context.RequestAborted);
    }
}
