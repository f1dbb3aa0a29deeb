using System.Security.Claims;
using MeAktiv.Core.Data;
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

    /// <summary>The client's address: of the HTTP request, or of the circuit's SignalR connection when it opened.</summary>
    public string Address { get; set; } = "unbekannt";
}

public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        currentUser.Principal = context.User;
        currentUser.Address = context.Connection.RemoteIpAddress?.ToString() ?? "unbekannt";
        return next(context);
    }
}

public sealed class CurrentUserCircuitHandler(
    AuthenticationStateProvider authState, CurrentUser currentUser, IHttpContextAccessor http)
    : CircuitHandler, IDisposable
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        // Called inside the hub's StartCircuit call: the connection's HttpContext is the circuit's own (only here).
        currentUser.Address = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? currentUser.Address;
        authState.AuthenticationStateChanged += OnChanged;
        return UpdateAsync(authState.GetAuthenticationStateAsync());
    }

    public void Dispose() => authState.AuthenticationStateChanged -= OnChanged;

    private void OnChanged(Task<AuthenticationState> task) => _ = UpdateAsync(task);

    private async Task UpdateAsync(Task<AuthenticationState> task) => currentUser.Principal = (await task).User;
}
