using System.Net;
using System.Text;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>
/// The authorization matrix (<see cref="AuthorizationMatrix"/>): every endpoint of the app has a row, and every role
/// gets exactly the expected answer. Own app: the rows with writes change figures and month states.
/// </summary>
public sealed class AuthorizationMatrixTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    [Fact]
    public void Every_page_and_endpoint_of_the_app_has_a_row_in_the_matrix()
    {
        var keys = EndpointKeys(app.Services);
        var rows = AuthorizationMatrix.Rows.Select(r => r.Key).ToList();

        rows.ShouldBeUnique();
        var missing = keys.Except(rows, StringComparer.Ordinal).ToList();
        var stale = rows.Except(keys, StringComparer.Ordinal).ToList();
        missing.ShouldBeEmpty(
            "These endpoints have no row in tests/MeAktiv.IntegrationTests/Security/AuthorizationMatrix.cs; add one line each " +
            "with the expected answer per role:\n" + string.Join("\n", missing.Select(k => "  " + k)));
        stale.ShouldBeEmpty("These matrix rows name no endpoint of the app (renamed or removed?):\n" +
                            string.Join("\n", stale.Select(k => "  " + k)));
    }

    [Fact]
    public async Task Every_role_gets_the_expected_answer_from_every_page_and_endpoint()
    {
        var callers = await CallersAsync();
        var objects = await ObjectsOfTeamAAsync(callers[MatrixRole.Geschaeftsfuehrung].Api);
        var failures = new List<string>();
        var checkedAnswers = 0;
        foreach (var row in AuthorizationMatrix.Rows)
        {
            row.Expected.Count.ShouldBe(Enum.GetValues<MatrixRole>().Length, $"{row.Key}: one expectation per role");
            foreach (var role in Enum.GetValues<MatrixRole>())
            {
                var client = row.Kind == MatrixKind.Api ? callers[role].Api : callers[role].Browser;
                using var response = await client.SendAsync(Request(row, objects), TestContext.Current.CancellationToken);
                var expected = row.Expected[(int)role];
                checkedAnswers++;
                if (!Matches(expected, response))
                {
                    failures.Add($"{row.Key} ({row.Request}) as {role}: expected {expected}, got {(int)response.StatusCode}" +
                                 (response.Headers.Location is { } location ? $" → {location}" : ""));
                }
            }
        }

        failures.ShouldBeEmpty($"{failures.Count} of {checkedAnswers} answers differ from the matrix:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The endpoints of the app as matrix keys: pages (<c>PAGE /route</c>) and everything else (<c>METHODS /route</c>),
    /// without the static files (they allow anonymous access by design).
    /// </summary>
    public static IReadOnlyList<string> EndpointKeys(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
                ? "PAGE " + e.RoutePattern.RawText
                : $"{string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])} {e.RoutePattern.RawText}")
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static bool Matches(Access expected, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        return expected switch
        {
            Access.Ok => status is >= 200 and < 300,
            Access.Allowed => status is >= 200 and < 300 or 409,
            Access.Login => status == 302 && response.RedirectTarget()?.StartsWith(LoginForm.Path, StringComparison.Ordinal) == true,
            Access.Unauth => status == 401,
            Access.Forbid => status == 403,
            Access.NotFound => status == 404,
            Access.Bad => status == 400,
            _ => false,
        };
    }

    private static HttpRequestMessage Request(MatrixRow row, IReadOnlyDictionary<string, string> objects)
    {
        var request = new HttpRequestMessage(row.Method, Fill(row.Url, objects));
        if (row.JsonBody is { } json)
        {
            request.Content = new StringContent(Fill(json, objects), Encoding.UTF8, "application/json");
        }
        else if (row.CsvBody is { } csv)
        {
            var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "zahlen.csv");
            request.Content = form;
        }

        return request;
    }

    /// <summary>Puts the ids of the sample objects (<c>{measure}</c>, <c>{meeting}</c>, <c>{snapshot}</c>, <c>{duty}</c>) into a request.</summary>
    private static string Fill(string text, IReadOnlyDictionary<string, string> objects) =>
        objects.Aggregate(text, (t, o) => t.Replace(o.Key, o.Value, StringComparison.Ordinal));

    /// <summary>
    /// The objects the object-level rows name: a measure (owner Teamleitung A), a meeting and a qualitative target (owner
    /// Teamleitung A) of team A, and a frozen review, created by the Geschäftsführung.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, string>> ObjectsOfTeamAAsync(HttpClient gf)
    {
        async Task<string> CreateAsync(string url, string json)
        {
            using var response = await gf.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"),
                TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
            return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid().ToString();
        }

        return new Dictionary<string, string>
        {
            ["{measure}"] = await CreateAsync("/api/v1/measures", AuthorizationMatrix.MeasureBody("null")),
            ["{meeting}"] = await CreateAsync("/api/v1/meetings", AuthorizationMatrix.MeetingBody),
            ["{snapshot}"] = await CreateAsync("/api/v1/review/snapshots", """{"year":2015,"quarter":2}"""),
            ["{duty}"] = await CreateAsync("/api/v1/qualitative-targets", AuthorizationMatrix.DutyBody("null")),
        };
    }

    private async Task<Dictionary<MatrixRole, (HttpClient Browser, HttpClient Api)>> CallersAsync()
    {
        var callers = new Dictionary<MatrixRole, (HttpClient, HttpClient)>
        {
            [MatrixRole.Anonymous] = (app.CreateBrowserClient(), app.CreateBrowserClient()),
        };
        foreach (var role in Enum.GetValues<MatrixRole>().Where(r => r != MatrixRole.Anonymous))
        {
            var account = MatrixRow.AccountOf(role);
            callers[role] = (await app.CreateSignedInBrowserClientAsync(account), await app.CreateApiClientAsync(account));
        }

        return callers;
    }
}
