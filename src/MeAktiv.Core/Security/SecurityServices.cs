using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Security;

/// <summary>Who may see and change which unit: the user scope, built per request or circuit.</summary>
public static class SecurityServices
{
    public static IServiceCollection AddUserScopes(this IServiceCollection services)
    {
        services.AddScoped<UserScopeService>();
        services.AddSingleton<UserScopeCache>();
        return services;
    }
}
