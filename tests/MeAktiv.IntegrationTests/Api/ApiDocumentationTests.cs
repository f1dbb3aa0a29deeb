using System.Text.RegularExpressions;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Api;

/// <summary>
/// docs/api.md names every endpoint the app maps (the API, the account, help and operations endpoints; not the Blazor
/// pages, framework and static files) as <c>METHOD /path</c>, route constraints left out (<c>{id:guid}</c> → <c>{id}</c>).
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed partial class ApiDocumentationTests(MeAktivAppFactory app)
{
    private static readonly string[] DocumentedPrefixes =
        ["/api", "/account", "/health", "/openapi", "/metrics", "/hilfe/bilder", "/diagnostics"];

    [Fact]
    public void Every_endpoint_of_the_app_is_documented_in_docs_api_md()
    {
        var root = RepoPaths.RepoRoot.ShouldNotBeNull("The repository root (folder of ME-aktiv.sln) was not found.");
        var doc = File.ReadAllText(Path.Combine(root, "docs", "api.md"));

        var endpoints = Endpoints(app.Services);
        var undocumented = endpoints.Where(e => !IsDocumented(doc, e)).ToList();

        endpoints.ShouldContain("POST /api/v1/auth/login");
        undocumented.ShouldBeEmpty(
            $"{undocumented.Count} of {endpoints.Count} endpoints are not in docs/api.md; document each as \"METHOD /path\":\n" +
            string.Join("\n", undocumented.Select(e => "  " + e)));
    }

    /// <summary>"METHOD /path" of every documented kind of endpoint; no method metadata (e.g. /health) counts as GET.</summary>
    private static List<string> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null && e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => (Path: Normalise(e.RoutePattern.RawText ?? ""), Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods))
            .Where(e => DocumentedPrefixes.Any(p => e.Path == p || e.Path.StartsWith(p + "/", StringComparison.Ordinal)))
            .SelectMany(e => (e.Methods is { Count: > 0 } methods ? methods : ["GET"]).Select(m => $"{m} {e.Path}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary><c>/api/v1/review/snapshots/{id:guid}/</c> → <c>/api/v1/review/snapshots/{id}</c>.</summary>
    private static string Normalise(string pattern)
    {
        var path = RouteConstraint().Replace(pattern.StartsWith('/') ? pattern : "/" + pattern, "{$1}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    /// <summary>The text "METHOD /path" not followed by more path: "GET /api/v1/review" is not found in "GET /api/v1/review/snapshots".</summary>
    private static bool IsDocumented(string doc, string endpoint) =>
        Regex.IsMatch(doc, $@"(?<![A-Za-z]){Regex.Escape(endpoint)}(?![\w/.{{}}-])");

    [GeneratedRegex(@"\{([^{}:=?]+)[^{}]*\}")]
    private static partial Regex RouteConstraint();
}
