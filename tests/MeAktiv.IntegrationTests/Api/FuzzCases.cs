using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using MeAktiv.IntegrationTests.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Api;

/// <summary>One request of the fuzz test; <see cref="Content"/> builds a fresh body per send.</summary>
internal sealed record FuzzCase(string Endpoint, HttpMethod Method, string Url, Func<HttpContent?> Content, string What)
{
    public override string ToString() => $"{Method} {(Url.Length > 120 ? Url[..120] + "…" : Url)} [{What}]";
}

/// <summary>
/// The requests of the fuzz test for every API endpoint the app maps (<see cref="EndpointDataSource"/>): one bad value at a
/// time — in a route segment, a query parameter (typed by the handler's parameter), the JSON body as a whole or one of its
/// properties, the content type — while the other values are the valid ones of the endpoint's authorization-matrix sample
/// (so that each bad value reaches as deep into the code as it can).
/// </summary>
internal static class FuzzCases
{
    public static IReadOnlyList<FuzzCase> For(IServiceProvider services)
    {
        var isService = services.GetRequiredService<IServiceProviderIsService>();
        var cases = new List<FuzzCase>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                     .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true))
        {
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                cases.AddRange(ForEndpoint(endpoint, new HttpMethod(method), isService));
            }
        }

        return cases;
    }

    private static IEnumerable<FuzzCase> ForEndpoint(RouteEndpoint endpoint, HttpMethod method, IServiceProviderIsService isService)
    {
        var pattern = endpoint.RoutePattern.RawText!;
        var key = $"{method.Method} {pattern}";
        var row = AuthorizationMatrix.Rows.FirstOrDefault(r => r.Key == key)
                  ?? throw new InvalidOperationException($"{key} has no row in the authorization matrix (its sample is the fuzz test's base).");
        var sample = new Uri("http://x" + row.Url.Replace("{measure}", Guid.NewGuid().ToString()).Replace("{meeting}", Guid.NewGuid().ToString())
            .Replace("{snapshot}", Guid.NewGuid().ToString()).Replace("{duty}", Guid.NewGuid().ToString()));
        var segments = pattern.Split('/');
        var values = sample.AbsolutePath.Split('/');
        var query = System.Web.HttpUtility.ParseQueryString(sample.Query);
        var handler = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault()?.GetParameters() ?? [];
        var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var queryParams = handler.Where(p => p.Name is not null && !routeNames.Contains(p.Name) && IsSimple(p.ParameterType))
            .ToDictionary(p => p.Name!, p => p.ParameterType, StringComparer.OrdinalIgnoreCase);
        foreach (var name in query.AllKeys.OfType<string>().Where(k => !queryParams.ContainsKey(k)))
        {
            queryParams[name] = typeof(string);
        }

        var validQuery = queryParams.Keys.ToDictionary(k => k, k => query[k] ?? FuzzValues.Valid(k, queryParams[k]), StringComparer.OrdinalIgnoreCase);
        var hasBody = row.JsonBody is not null || handler.Any(p => !IsSimple(p.ParameterType) && !isService.IsService(p.ParameterType)
            && p.ParameterType != typeof(HttpContext) && p.ParameterType != typeof(CancellationToken));
        Func<HttpContent?> body = row.CsvBody is { } csv ? () => Multipart(csv, "zahlen.csv")
            : row.JsonBody is { } json ? () => new StringContent(json, Encoding.UTF8, "application/json")
            : hasBody ? () => new StringContent("{}", Encoding.UTF8, "application/json")
            : () => null;

        string Url(int segment, string? segmentValue, string? name, string? queryValue)
        {
            var path = string.Join('/', segments.Select((s, i) => i == segment ? Uri.EscapeDataString(segmentValue!)
                : s.StartsWith('{') ? values[i] : s));
            var q = validQuery.Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Key.Equals(name, StringComparison.OrdinalIgnoreCase) ? queryValue! : kv.Value)}");
            return path + (validQuery.Count > 0 ? "?" + string.Join('&', q) : "");
        }

        yield return new FuzzCase(key, method, Url(-1, null, null, null), body, "sample");
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{'))
            {
                continue;
            }

            foreach (var bad in segments[i].Contains(":guid", StringComparison.Ordinal) ? FuzzValues.Guids : FuzzValues.Strings)
            {
                yield return new FuzzCase(key, method, Url(i, bad, null, null), body, $"route {segments[i]}");
            }
        }

        foreach (var (name, type) in queryParams)
        {
            foreach (var bad in FuzzValues.For(type))
            {
                yield return new FuzzCase(key, method, Url(-1, null, name, bad), body, $"query {name}");
            }
        }

        if (method == HttpMethod.Get)
        {
            yield break;
        }

        var url = Url(-1, null, null, null);
        foreach (var bad in FuzzValues.JsonBodies)
        {
            yield return new FuzzCase(key, method, url, () => new StringContent(bad, Encoding.UTF8, "application/json"), "malformed JSON");
        }

        yield return new FuzzCase(key, method, url, () => new StringContent("{}", Encoding.UTF8, "text/plain"), "text/plain");
        yield return new FuzzCase(key, method, url, () => new StringContent("<a/>", Encoding.UTF8, "application/xml"), "application/xml");
        yield return new FuzzCase(key, method, url, () => new ByteArrayContent([0xff, 0x00, 0x7b]), "no content type");
        yield return new FuzzCase(key, method, url, () => Multipart("{}", "x.json"), "multipart instead of JSON");
        if (row.JsonBody is { } baseJson && JsonNode.Parse(baseJson) is JsonObject baseObject)
        {
            foreach (var property in baseObject.Select(p => p.Key).ToList())
            {
                foreach (var bad in FuzzValues.JsonValues)
                {
                    var changed = baseObject.DeepClone().AsObject();
                    changed[property] = JsonNode.Parse(bad);
                    var text = changed.ToJsonString();
                    yield return new FuzzCase(key, method, url, () => new StringContent(text, Encoding.UTF8, "application/json"), $"body {property}");
                }
            }
        }

        if (row.CsvBody is not null)
        {
            foreach (var month in FuzzValues.Strings)
            {
                var file = $"Monat;Einheit;Kennzahl;Komponente;Wert\r\n{month};VEL-MI;K2;INT;91\r\n";
                yield return new FuzzCase(key, method, url, () => Multipart(file, "zahlen.csv"), "CSV month");
            }

            yield return new FuzzCase(key, method, url, () => Multipart("PK\u0003\u0004garbage", "zahlen.xlsx"), "broken XLSX");
            yield return new FuzzCase(key, method, url, () => new StringContent("Monat;Einheit", Encoding.UTF8, "text/csv"), "CSV without form");
            yield return new FuzzCase(key, method, url, BrokenMultipart, "broken multipart");
        }
    }

    private static HttpContent Multipart(string content, string fileName)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", fileName);
        return form;
    }

    private static HttpContent BrokenMultipart()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"file\"\r\nbroken"));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=x");
        return content;
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly)
               || t == typeof(DateTime) || t == typeof(Guid);
    }
}
