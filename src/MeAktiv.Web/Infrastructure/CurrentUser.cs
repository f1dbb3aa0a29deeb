using System.Security.Claims;
using MeAktiv.Core.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MeAktiv.Web.Infrastructure;

/// <summary>
/// The signed-in user of the current scope: set per HTTP request by <see cref="CurrentUserMiddleware"/> and per
/// Blazor circuit by <see cref="CurrentUserCircuitHandler"/> (the documented pattern; no IHttpContextAccessor in circuits).
/// </summary>
public sealed class CurrentUser : ICurrentUser
{
    public ClaimsPrincipal Principal { get; set; } = new(new ClaimsIdentity());

    public string UserName => Principal.Identity?.IsAuthenticated == true ? Principal.Identity.Name ?? "unbekannt" : "system";
}

public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        currentUser.Principal = context.User;
        return next(context);
    }
}

public sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authState, CurrentUser currentUser)
    : CircuitHandler, IDisposable
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authState.AuthenticationStateChanged += OnChanged;
        return UpdateAsync(authState.GetAuthenticationStateAsync());
    }

    public void Dispose() => authState.AuthenticationStateChanged -= OnChanged;

    private void OnChanged(Task<AuthenticationState> task) => _ = UpdateAsync(task);

    private async Task UpdateAsync(Task<AuthenticationState> task) => currentUser.Principal = (await task).User;
}
