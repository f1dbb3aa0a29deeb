using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.AspNetCore.Hosting;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>
/// The app for <see cref="ReadPathLeakTests"/>: a minimum cell size so large that every count is small (the Träger may
/// see none), and, created once by the Geschäftsführung, what the read paths show: a team measure of VEL-MI (team A)
/// that is overdue on the meeting day and agreed in a Jobcenter meeting, that Jobcenter meeting (its agenda lists red
/// and yellow targets, the team measure and the teams' missing months), a Jobcenter measure with a count indicator
/// (its page draws the count's curve) and a frozen review.
/// </summary>
public sealed class LeakProbeAppFactory : MeAktivAppFactory
{
    public const int MinCellSize = 10_000_000;

    /// <summary>The title of team A's measure: no caller who may not see team A may read it anywhere.</summary>
    public const string TeamMeasureTitle = "Leckprobe: Einzelfallkonferenzen Team Mitte";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, HttpClient> _clients = [];
    private LeakProbeObjects? _objects;

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.UseSetting("Privacy:MinCellSize", MinCellSize.ToString(CultureInfo.InvariantCulture));

    public async Task<LeakProbeObjects> ObjectsAsync()
    {
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return _objects ??= await CreateAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<LeakProbeObjects> CreateAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gf = await CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var meetingAnswer = await gf.PostAsJsonAsync("/api/v1/meetings", new
        {
            kind = "Zielnachhaltedialog", unitCode = "JC", date = "2015-07-15", year = 2015, month = 5, participants = "GF, BL",
        }, ct);
        meetingAnswer.StatusCode.ShouldBe(HttpStatusCode.Created, await meetingAnswer.Content.ReadAsStringAsync(ct));
        var (meeting, _) = await SteuerungApiClient.IdAndVersionAsync(meetingAnswer);
        await gf.CreateMeasureAsync(SteuerungApiClient.Measure(unit: "VEL-MI", title: TeamMeasureTitle, due: "2015-07-01", meetingId: meeting));
        var (jobcenterMeasure, _) = await gf.CreateMeasureAsync(SteuerungApiClient.Measure(unit: "JC", owner: DemoAccounts.Bereichsleitung,
            title: "Leckprobe: Langzeitbezug senken", indicators: ["K3"]));

        // A second meeting, created after the measure: its agenda lists the overdue team measure as well.
        using var second = await gf.PostAsJsonAsync("/api/v1/meetings", new
        {
            kind = "Traegerversammlung", unitCode = "JC", date = "2015-07-20", year = 2015, month = 6, participants = "GF, Träger",
        }, ct);
        second.StatusCode.ShouldBe(HttpStatusCode.Created, await second.Content.ReadAsStringAsync(ct));
        var (agendaMeeting, _) = await SteuerungApiClient.IdAndVersionAsync(second);

        using var frozen = await gf.PostAsJsonAsync("/api/v1/review/snapshots", new { year = 2015, quarter = 1 }, ct);
        frozen.StatusCode.ShouldBe(HttpStatusCode.Created);
        var snapshot = (await frozen.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        return new LeakProbeObjects(meeting, agendaMeeting, jobcenterMeasure, snapshot);
    }

    /// <summary>A bearer-token API client of the account, signed in once per fixture.</summary>
    public Task<HttpClient> ApiAsync(string account) => ClientAsync("api " + account, () => CreateApiClientAsync(account));

    /// <summary>A browser client of the account with the login cookie, signed in once per fixture.</summary>
    public Task<HttpClient> BrowserAsync(string account) => ClientAsync("browser " + account, () => CreateSignedInBrowserClientAsync(account));

    private async Task<HttpClient> ClientAsync(string key, Func<Task<HttpClient>> create)
    {
        if (!_clients.TryGetValue(key, out var client))
        {
            client = await create();
            _clients[key] = client;
        }

        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _gate.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>The objects the read paths name: <c>{meeting}</c>, <c>{agenda}</c>, <c>{measure}</c>, <c>{snapshot}</c>.</summary>
public sealed record LeakProbeObjects(Guid Meeting, Guid AgendaMeeting, Guid JobcenterMeasure, Guid Snapshot)
{
    public string Resolve(string url) => url
        .Replace("{meeting}", Meeting.ToString(), StringComparison.Ordinal)
        .Replace("{agenda}", AgendaMeeting.ToString(), StringComparison.Ordinal)
        .Replace("{measure}", JobcenterMeasure.ToString(), StringComparison.Ordinal)
        .Replace("{snapshot}", Snapshot.ToString(), StringComparison.Ordinal);
}
