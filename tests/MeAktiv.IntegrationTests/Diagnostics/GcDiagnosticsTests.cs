using System.Net;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace MeAktiv.IntegrationTests.Diagnostics;

/// <summary>The measurement endpoint <c>/diagnostics/gc</c> (tests/MeAktiv.LoadDriver) is off unless configured.</summary>
[Collection(SharedAppCollection.Name)]
public sealed class GcDiagnosticsOffTests(MeAktivAppFactory app)
{
    [Fact]
    public async Task Endpoint_is_not_mapped_by_default_even_for_the_geschaeftsfuehrung()
    {
        using var client = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);

        using var response = await client.GetAsync(GcDiagnostics.Path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("heapBytes");
    }
}

/// <summary>Switched on, it still answers only loopback callers (the test server's requests carry no address).</summary>
public sealed class GcDiagnosticsOnTests(GcDiagnosticsOnTests.EnabledFactory app) : IClassFixture<GcDiagnosticsOnTests.EnabledFactory>
{
    [Fact]
    public async Task Enabled_endpoint_refuses_a_caller_that_is_not_loopback()
    {
        // Signed in, so the German 404 status page answers instead of a redirect to the login page.
        using var client = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);

        using var response = await client.GetAsync(GcDiagnostics.Path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("heapBytes");
    }

    public sealed class EnabledFactory : MeAktivAppFactory
    {
        protected override void ConfigureSettings(IWebHostBuilder builder) =>
            builder.UseSetting(GcDiagnostics.Setting, "true");
    }
}
