namespace MeAktiv.Web.Features.Help;

/// <summary>Serves the handbook's screenshots (copied from docs/screenshots into the output) at <c>/hilfe/bilder/{name}.png</c>.</summary>
public static class HandbookImages
{
    public static IEndpointRouteBuilder MapHandbookImages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/hilfe/bilder/{name}", (string name) =>
        {
            // File names only: letters, digits, hyphens; no path can leave the folder.
            if (!name.EndsWith(".png", StringComparison.Ordinal) || !name[..^4].All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return Results.NotFound();
            }

            var path = Path.Combine(AppContext.BaseDirectory, "handbuch", "screenshots", name);
            return File.Exists(path) ? Results.File(path, "image/png") : Results.NotFound();
        }).RequireAuthorization();
        return app;
    }
}
