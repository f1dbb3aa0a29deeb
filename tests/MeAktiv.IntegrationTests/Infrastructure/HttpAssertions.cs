using System.Net;
using System.Text.Json;

namespace MeAktiv.IntegrationTests.Infrastructure;

public static class HttpAssertions
{
    /// <summary>Asserts an RFC 9457 problem details answer with the given status and returns its JSON.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        using var json = JsonDocument.Parse(body);
        var problem = json.RootElement.Clone();
        problem.GetProperty("status").GetInt32().ShouldBe((int)status, body);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace(body);
        return problem;
    }

    /// <summary>The string property of a JSON object, or null.</summary>
    public static string? Text(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Path and query of a redirect's Location (absolute or relative), e.g. <c>/account/login?ReturnUrl=%2F</c>.</summary>
    public static string? RedirectTarget(this HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null)
        {
            return null;
        }

        var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost/"), location);
        return absolute.Host == "localhost" ? absolute.PathAndQuery : absolute.ToString();
    }

    /// <summary>The Set-Cookie headers of a response.</summary>
    public static IReadOnlyList<string> SetCookies(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
}
