using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>The services of the Dashboard feature.</summary>
public static class DashboardServices
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<DashboardService>();
        return services;
    }
}
