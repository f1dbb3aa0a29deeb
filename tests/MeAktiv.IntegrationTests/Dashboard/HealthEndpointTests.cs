using System.Net;
using MeAktiv.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeAktiv.IntegrationTests.Dashboard;

/// <summary><c>/health</c> as the app maps it (<see cref="HealthEndpoint"/>): only all-healthy is 200.</summary>
public sealed class HealthEndpointTests
{
    [Theory]
    [InlineData(HealthStatus.Healthy, HttpStatusCode.OK)]
    [InlineData(HealthStatus.Degraded, HttpStatusCode.ServiceUnavailable)] // the warm-up still runs
    [InlineData(HealthStatus.Unhealthy, HttpStatusCode.ServiceUnavailable)]
    public async Task Only_healthy_answers_200(HealthStatus status, HttpStatusCode expected)
    {
        var ct = TestContext.Current.CancellationToken;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddHealthChecks().AddCheck("probe", () => new HealthCheckResult(status));
        await using var app = builder.Build();
        app.MapMeAktivHealth();
        await app.StartAsync(ct);

        using var response = await app.GetTestClient().GetAsync("/health", ct);

        response.StatusCode.ShouldBe(expected);
    }
}
