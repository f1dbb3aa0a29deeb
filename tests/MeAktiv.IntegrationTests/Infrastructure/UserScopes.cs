using System.Security.Claims;
using MeAktiv.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Infrastructure;

internal static class UserScopes
{
    /// <summary>The scope of a demo account, built by the app's own <see cref="UserScopeService"/>.</summary>
    public static async Task<UserScope> ScopeAsync(this MeAktivAppFactory app, string email, string role)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, role)], "test"));
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserScopeService>().GetAsync(principal, TestContext.Current.CancellationToken);
    }
}
