using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Security;
using MeAktiv.Web.Infrastructure.Security;

namespace MeAktiv.Web.Infrastructure.Startup;

/// <summary>
/// Once the database is ready, loads the organisation of the year the overview opens with (the reference data and the
/// figures' window into their caches) and computes that year's Gesamtübersicht of the root unit once, along the API's
/// path: the session check's read of the account (<see cref="SecurityStampCheck"/>; no account has the warm-up's id), the
/// caller's scope through <see cref="UserScopeService"/> (for a Geschäftsführung principal of the warm-up's own, which
/// no request can carry), then the dashboard and attainment endpoints' own delegates (<see cref="Endpoints"/>: binding,
/// handler and JSON answer, written to nowhere). So the first user's
/// dashboard finds the data in memory and the code compiled. <c>/health</c> turns healthy once it is over
/// (<see cref="CacheWarmupHealthCheck"/>): a load balancer sends the first user to a warm instance. Read-only; a failure
/// is logged, nothing else; it gives up after <see cref="Limit"/>. Off with <c>Performance:WarmUp=false</c> (the
/// integration tests count the commands of a cold load).
/// </summary>
public sealed class CacheWarmup(IServiceProvider services, DatabaseStartup startup, IConfiguration configuration,
    ILogger<CacheWarmup> logger) : BackgroundService
{
    /// <summary>The user name of the warm-up's principal.</summary>
    public const string UserName = "cache-warmup";

    /// <summary>After this long the warm-up gives up (and <c>/health</c> stops waiting for it).</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>The API endpoints the warm-up runs once (GET, with <c>?unit=ROOT&amp;year=YEAR</c>).</summary>
    public static readonly IReadOnlyList<string> Endpoints = ["/api/v1/dashboard", "/api/v1/attainment"];

    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly ConcurrentDictionary<string, int> _answers = new();

    /// <summary>The status each of <see cref="Endpoints"/> answered the warm-up with.</summary>
    public IReadOnlyDictionary<string, int> Answers => _answers;

    /// <summary>Completes when the warm-up is over (done, failed, given up or switched off).</summary>
    public Task Done => _done.Task;

    /// <summary>
    /// When background work may start (<see cref="Core.Data.DatabaseReadiness"/>): the database is ready and then the
    /// warm-up is over, so the work's first round does not share the core with the warm-up. Faults with a failed start.
    /// </summary>
    public static async Task AfterStartAsync(DatabaseStartup startup, CacheWarmup warmup)
    {
        await startup.Ready;
        await warmup.Done;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (configuration.GetValue("Performance:WarmUp", true))
            {
                await startup.Ready.WaitAsync(stoppingToken);
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                limit.CancelAfter(Limit);
                await WarmAsync(limit.Token);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Cache warm-up failed (the first request loads the data itself)");
        }
        finally
        {
            _done.TrySetResult();
        }
    }

    /// <summary>
    /// Stopped before <see cref="ExecuteAsync"/> ran (the host runs it on the thread pool with the stopping token, so
    /// a token cancelled first means it never runs), the warm-up is over all the same.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await base.StopAsync(cancellationToken);
        }
        finally
        {
            _done.TrySetResult();
        }
    }

    private async Task WarmAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var year = await sp.GetRequiredService<TargetQueries>().DefaultYearAsync(ct);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, UserName), new Claim(ClaimTypes.Name, UserName), new Claim(ClaimTypes.Role, Roles.Geschaeftsfuehrung)],
            nameof(CacheWarmup)));
        // The session check's read of the account (every signed-in request makes it); no account has this id: false.
        _ = await SecurityStampCheck.IsCurrentAsync(sp, principal);
        var user = await sp.GetRequiredService<UserScopeService>().GetAsync(principal, ct);
        // The root unit's code for the endpoints' query (the attainment API needs one); the endpoints' own run of the
        // overview then finds its cards computed.
        var overview = await sp.GetRequiredService<DashboardService>().OverviewAsync(user, null, year, null, ct);
        var endpoints = sp.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        foreach (var path in Endpoints)
        {
            // The endpoint's own delegate (binding, handler, JSON answer written to nowhere), as a request runs it
            // after authentication and authorisation.
            var endpoint = endpoints.Single(e => "/" + e.RoutePattern.RawText?.Trim('/') == path
                && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true);
            var http = new DefaultHttpContext { RequestServices = sp, RequestAborted = ct, User = principal };
            http.Request.Method = "GET";
            http.Request.Path = path;
            http.Request.QueryString = QueryString.Create(new Dictionary<string, string?> { ["unit"] = overview.Unit.Code, ["year"] = year.ToString(CultureInfo.InvariantCulture) });
            http.Response.Body = Stream.Null;
            await endpoint.RequestDelegate!(http);
            _answers[path] = http.Response.StatusCode;
            if (http.Response.StatusCode != StatusCodes.Status200OK)
            {
                logger.LogWarning("Cache warm-up: {Path} answered {Status}", path, http.Response.StatusCode);
            }
        }

        logger.LogInformation("Cache warm-up: organisation, Gesamtübersicht and attainment of {Year} in {ElapsedMs:F0} ms, {SinceStartMs:F0} ms after the process started ({Jit})",
            year, watch.Elapsed.TotalMilliseconds, StartupTiming.SinceProcessStart(), StartupTiming.JitSoFar());
    }
}
