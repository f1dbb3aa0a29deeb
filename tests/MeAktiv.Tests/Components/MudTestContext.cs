using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace MeAktiv.Tests.Components;

/// <summary>
/// Base class for bUnit (2.x) tests of MudBlazor (9.x) components and pages. Derive, register fakes in the
/// constructor via <see cref="BunitContext.Services"/>, then call <see cref="RenderMud{TComponent}"/>:
/// <code>
/// public sealed class LightChipTests : MudTestContext
/// {
///     [Fact]
///     public void Red_light_reads_rot() =>
///         RenderMud&lt;LightChip&gt;(p => p.Add(c => c.Light, TrafficLight.Red)).Markup.ShouldContain("rot");
/// }
/// </code>
/// What MudBlazor needs under bUnit (toolchain pitfall 8):
/// <list type="number">
/// <item><c>Services.AddMudServices()</c>, else "no registered service of type …" on render.</item>
/// <item><c>JSInterop.Mode = Loose</c>: every Mud component calls JS; Strict throws on the first call.</item>
/// <item>A <see cref="MudPopoverProvider"/> rendered in the same context, else MudSelect/MudMenu/tooltips silently
/// render no items.</item>
/// <item><c>SetRendererInfo(...)</c> (pages read <c>RendererInfo.IsInteractive</c>) — only after ALL
/// <c>Services.Add*</c>: the first render builds the service provider, later registrations throw. That is why this
/// base renders the popover provider lazily, on the first <see cref="RenderMud{TComponent}"/>.</item>
/// </list>
/// Dispose asynchronously (MudBlazor has IAsyncDisposable-only services): xunit v3 calls <c>DisposeAsync</c> on the
/// test class; in a helper use <c>await using</c>. Components format with <c>de-DE</c> explicitly (Fmt), so the
/// tests do not depend on the machine's culture.
/// </summary>
public abstract class MudTestContext : BunitContext
{
    private IRenderedComponent<MudPopoverProvider>? _popoverProvider;

    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Auth = AddAuthorization();
    }

    /// <summary>The signed-in user seen by AuthorizeView and <c>Task&lt;AuthenticationState&gt;</c> (signed out by default).</summary>
    protected BunitAuthorizationContext Auth { get; }

    /// <summary>The popover provider (MudSelect items, menus, tooltips render into it); rendered on first use.</summary>
    protected IRenderedComponent<MudPopoverProvider> PopoverProvider => EnsureMudRendered();

    /// <summary>Signs in a user with the given roles (names from <c>MeAktiv.Core.Security.Roles</c>).</summary>
    protected void SignInAs(string userName, params string[] roles)
    {
        Auth.SetAuthorized(userName);
        Auth.SetRoles(roles);
        Auth.SetClaims(new Claim(ClaimTypes.Email, userName));
    }

    /// <summary>Renders a component interactively (as in the app's Blazor Server circuit) with MudBlazor ready.</summary>
    protected IRenderedComponent<TComponent> RenderMud<TComponent>(
        Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent
    {
        EnsureMudRendered();
        return Render(parameters);
    }

    private IRenderedComponent<MudPopoverProvider> EnsureMudRendered()
    {
        if (_popoverProvider is null)
        {
            SetRendererInfo(new RendererInfo("Server", isInteractive: true));
            _popoverProvider = Render<MudPopoverProvider>();
        }

        return _popoverProvider;
    }
}
