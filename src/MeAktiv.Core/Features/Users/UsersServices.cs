using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.Users;

/// <summary>The services of the Users feature.</summary>
public static class UsersServices
{
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddScoped<UserAdministrationService>();
        services.AddScoped<OwnPasswordService>();
        return services;
    }
}
