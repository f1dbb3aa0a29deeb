using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Seeding;

/// <summary>Start-up work on the database: migrations and the seed files.</summary>
public static class SeedingServices
{
    public static IServiceCollection AddSeeding(this IServiceCollection services)
    {
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<SeedImporter>();
        return services;
    }
}
