using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.Targets;

/// <summary>The services of the Targets feature.</summary>
public static class TargetsServices
{
    public static IServiceCollection AddTargets(this IServiceCollection services)
    {
        services.AddScoped<TargetQueries>();
        services.AddScoped<TargetOverviewService>();
        services.AddScoped<TargetMaintenanceService>();
        services.AddScoped<YearRollover>();
        return services;
    }
}
