using System.Net;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>/metrics: Prometheus text with request, runtime and database metrics; only for Administration (or allowed networks).</summary>
[Collection(SharedAppCollection.Name)]
public sealed class MetricsEndpointTests(MeAktivAppFactory app)
{
    [Fact]
    public async Task Administration_reads_request_runtime_and_database_metrics()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await app.CreateApiClientAsync(DemoAccounts.Administration);
        (await admin.GetAsync("/api/v1/targets?year=2015", ct)).EnsureSuccessStatusCode(); // a request with SQL

        using var response = await admin.GetAsync("/metrics", ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync(ct);
        text.ShouldContain("http_server_request_duration_seconds");
        text.ShouldContain("meaktiv_db_command_duration_seconds");
        text.ShouldContain("db_command_kind=\"reader\"");
        text.ShouldContain("dotnet_gc_");
    }

    [Fact]
    public async Task Without_sign_in_401_without_a_login_redirect_and_other_roles_403()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = app.CreateBrowserClient();
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);

        using var refused = await anonymous.GetAsync("/metrics", ct);
        using var forbidden = await gf.GetAsync("/metrics", ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Headers.Location.ShouldBeNull();
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forbidden.Content.ReadAsStringAsync(ct)).ShouldNotContain("http_server");
    }
}
