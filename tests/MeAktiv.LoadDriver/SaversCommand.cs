using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace MeAktiv.LoadDriver;

/// <summary>
/// <c>savers</c>: <c>--count</c> concurrent API clients for <c>--minutes</c>, each the Teamleitung of one team (several
/// savers share a team account and its figures of <c>--month</c>): GET the team's figures, PUT one of them ±1 with the
/// version just read, wait a random think time of 0..2×<c>--think-ms</c>, again. Counts 200/409/other per answer and
/// records the PUT latency. Afterwards <see cref="AuditCheck"/> compares every figure with its audit history.
/// </summary>
internal static class SaversCommand
{
    public static async Task<int> RunAsync(Options o)
    {
        await using var app = await AppServer.StartMeAktivAsync(o, "savers");
        var month = o.Get("month", "2015-07");
        var year = month[..4];
        var teams = await TeamsAsync(app, o, year, month);
        var auditStart = AuditCheck.MaxAuditId(app, o);
        var count = o.Int("count", 400);
        var think = o.Int("think-ms", 5000);
        var minutes = o.Double("minutes", 3);
        Stats.Report("savers", $"{count} savers on {teams.Count} teams ({teams.Sum(t => t.Figures.Count)} figures of {month}), " +
                               $"think 0..{2 * think} ms, {minutes} min");

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 10_000 }) { Timeout = TimeSpan.FromSeconds(60) };
        var result = new SaverResult();
        var until = Stopwatch.GetTimestamp() + (long)(minutes * 60 * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            var team = teams[i % teams.Count];
            var random = new Random(i);
            await Task.Delay(random.Next(0, Math.Max(1, 2 * think)));
            while (Stopwatch.GetTimestamp() < until)
            {
                await SaveOnceAsync(http, app.BaseUrl, team, team.Figures[random.Next(team.Figures.Count)], month, year, random, result);
                await Task.Delay(random.Next(0, 2 * think + 1));
            }
        })));

        var seconds = minutes * 60;
        Stats.Report("put latency", Stats.Summary(result.PutMs.ToList()));
        Stats.Report("get latency", Stats.Summary(result.GetMs.ToList()));
        Stats.Report("answers", $"{result.Ok} saved ({result.Ok / seconds:F1}/s), {result.Conflicts} conflicts (409), " +
                                $"{result.ServerErrors} 5xx, {result.OtherErrors} other, {result.Exceptions} timeouts/exceptions");
        foreach (var sample in result.ErrorSamples.Take(5))
        {
            Console.WriteLine("  sample error: " + sample);
        }

        var lost = AuditCheck.Verify(app, o, auditStart, month, result.Acknowledged);
        return lost == 0 && result.ServerErrors == 0 && result.Exceptions == 0 ? 0 : 3;
    }

    private static async Task SaveOnceAsync(HttpClient http, string baseUrl, Team team, string figure, string month, string year,
        Random random, SaverResult result)
    {
        try
        {
            var watch = Stopwatch.StartNew();
            using var get = new HttpRequestMessage(HttpMethod.Get, $"{baseUrl}/api/v1/actuals?unit={team.Code}&year={year}");
            get.Headers.Authorization = team.Auth;
            using var rowsResponse = await http.SendAsync(get);
            if (!result.Count(rowsResponse, save: false))
            {
                return;
            }

            var rows = await rowsResponse.Content.ReadFromJsonAsync<List<ActualRow>>(Json);
            result.GetMs.Add(watch.Elapsed.TotalMilliseconds);
            var row = rows!.Single(r => r.Month == month && $"{r.Indicator}/{r.Component}" == figure);
            var value = row.Value is >= 1 && random.Next(2) == 0 ? row.Value - 1 : (row.Value ?? 0) + 1;
            using var put = new HttpRequestMessage(HttpMethod.Put, $"{baseUrl}/api/v1/actuals/{team.Code}/{figure}/{month}")
            {
                Content = JsonContent.Create(new { value, version = row.Version, confirm = true, reason = "Lastmessung" }),
            };
            put.Headers.Authorization = team.Auth;
            watch.Restart();
            using var response = await http.SendAsync(put);
            result.PutMs.Add(watch.Elapsed.TotalMilliseconds);
            if (result.Count(response, save: true))
            {
                result.Acknowledged.AddOrUpdate($"{team.Code}/{figure}", 1, (_, n) => n + 1);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref result.Exceptions);
            result.ErrorSamples.Add(ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <summary>The open teams of the month with their figures, each with a bearer token of its Teamleitung.</summary>
    private static async Task<List<Team>> TeamsAsync(AppServer app, Options o, string year, string month)
    {
        var gf = await TokenAsync(app, o.Email, o.Password);
        using var request = new HttpRequestMessage(HttpMethod.Get, app.BaseUrl + "/api/v1/org-units");
        request.Headers.Authorization = gf;
        using var response = await app.Http.SendAsync(request);
        var units = await response.Content.ReadFromJsonAsync<List<UnitRow>>(Json);
        var teams = new List<Team>();
        foreach (var unit in units!.Where(u => u.Kind == "Team").Take(o.Int("teams", 100)))
        {
            AuthenticationHeaderValue auth;
            try
            {
                auth = await TokenAsync(app, $"tl-{unit.Code.ToLowerInvariant()}@me-aktiv.example", o.Password);
            }
            catch (DriverException)
            {
                continue;
            }

            using var get = new HttpRequestMessage(HttpMethod.Get, $"{app.BaseUrl}/api/v1/actuals?unit={unit.Code}&year={year}");
            get.Headers.Authorization = auth;
            using var rows = await app.Http.SendAsync(get);
            var figures = (await rows.Content.ReadFromJsonAsync<List<ActualRow>>(Json))!
                .Where(r => r.Month == month && r.Version is not null && r.Status != "Abgeschlossen")
                .Select(r => $"{r.Indicator}/{r.Component}").ToList();
            if (figures.Count > 0)
            {
                teams.Add(new Team(unit.Code, auth, figures));
            }
        }

        return teams.Count > 0 ? teams : throw new DriverException($"no team with open figures in {month}");
    }

    internal static async Task<AuthenticationHeaderValue> TokenAsync(AppServer app, string email, string password)
    {
        using var response = await app.Http.PostAsJsonAsync(app.BaseUrl + "/api/v1/auth/login", new { email, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new DriverException($"login {email}: {(int)response.StatusCode}");
        }

        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Team(string Code, AuthenticationHeaderValue Auth, List<string> Figures);

    private sealed record UnitRow(string Code, string Kind);

    private sealed record ActualRow(string Month, string Indicator, string Component, decimal? Value, string? Version, string? Status);
}

/// <summary>Answers of all savers (thread-safe).</summary>
internal sealed class SaverResult
{
    public long Ok;
    public long Conflicts;
    public long ServerErrors;
    public long OtherErrors;
    public long Exceptions;

    public ConcurrentBag<double> PutMs { get; } = [];

    public ConcurrentBag<double> GetMs { get; } = [];

    public ConcurrentBag<string> ErrorSamples { get; } = [];

    /// <summary>Acknowledged (200) saves per figure, key <c>UNIT/INDICATOR/COMPONENT</c>.</summary>
    public ConcurrentDictionary<string, int> Acknowledged { get; } = new();

    /// <summary>Counts the answer (a GET's 200 is not a save); true for 200.</summary>
    public bool Count(HttpResponseMessage response, bool save)
    {
        var status = (int)response.StatusCode;
        switch (status)
        {
            case 200 when !save:
                return true;
            case 200:
                Interlocked.Increment(ref Ok);
                return true;
            case 409:
                Interlocked.Increment(ref Conflicts);
                return false;
            case >= 500:
                Interlocked.Increment(ref ServerErrors);
                break;
            default:
                Interlocked.Increment(ref OtherErrors);
                break;
        }

        ErrorSamples.Add($"{status} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: " +
                         response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        return false;
    }
}
