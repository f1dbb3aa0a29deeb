using System.Security.Claims;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.Web.Components.Shared;
using MeAktiv.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Dashboard;

/// <summary>
/// The interactive dashboard page leaves what its prerender loaded for the circuit of the same user and address
/// (<see cref="PrerenderHandoff"/>), and for no one else; the static Gesamtübersicht, which has no circuit, leaves nothing.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class PrerenderHandoffPageTests(MeAktivAppFactory app)
{
    [Fact]
    public async Task The_static_Gesamtuebersicht_leaves_nothing_for_a_circuit()
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);
        const string path = "/uebersicht?jahr=2015&monat=4";
        using var response = await browser.GetAsync(path, ct);
        response.EnsureSuccessStatusCode();

        var handoff = app.Services.GetRequiredService<PrerenderHandoff>();
        var address = new Uri(browser.BaseAddress!, path).ToString();
        handoff.Take<object>(Circuit, User(DemoAccounts.Geschaeftsfuehrung), address).ShouldBeNull();
        handoff.Take<NotificationBell.Prerendered>(Circuit, User(DemoAccounts.Geschaeftsfuehrung), NotificationBell.HandoffKey(address)).ShouldBeNull();
    }

    [Theory]
    [InlineData("/uebersicht/kennzahl/K2?einheit=JC&jahr=2015&monat=5")]
    public async Task The_prerender_leaves_its_data_for_the_same_users_circuit_only(string path)
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var response = await browser.GetAsync(path, ct);
        response.EnsureSuccessStatusCode();

        var handoff = app.Services.GetRequiredService<PrerenderHandoff>();
        var address = new Uri(browser.BaseAddress!, path).ToString();
        handoff.Take<object>(Circuit, User(DemoAccounts.Bereichsleitung), address).ShouldBeNull();
        handoff.Take<object>(Circuit, User(DemoAccounts.Geschaeftsfuehrung), address).ShouldNotBeNull();
        handoff.Take<object>(Circuit, User(DemoAccounts.Geschaeftsfuehrung), address).ShouldBeNull("taken once");
        // The top bar's bell leaves its count too (its circuit reads it once, no second query).
        handoff.Take<NotificationBell.Prerendered>(Circuit, User(DemoAccounts.Bereichsleitung), NotificationBell.HandoffKey(address)).ShouldBeNull();
        handoff.Take<NotificationBell.Prerendered>(Circuit, User(DemoAccounts.Geschaeftsfuehrung), NotificationBell.HandoffKey(address)).ShouldNotBeNull();
    }

    private static readonly RendererInfo Circuit = new("Server", isInteractive: true);

    private static ClaimsPrincipal User(string name) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "test"));
}
