using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>The services of the Attainment feature.</summary>
public static class AttainmentServices
{
    public static IServiceCollection AddAttainment(this IServiceCollection services)
    {
        services.AddSingleton<FigureCache>();
        services.AddSingleton<ReferenceCache>();
        services.AddScoped<FigureQueries>();
        services.AddScoped<AttainmentQueries>();
        services.AddScoped<DatenstandQueries>();
        return services;
    }
}
