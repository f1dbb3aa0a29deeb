using FluentValidation;
using MeAktiv.Core.Features.Targets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeAktiv.Core.Seeding;

/// <summary>Start-up work on the database: migrations and the seed files (the targets through the one target rule).</summary>
public static class SeedingServices
{
    public static IServiceCollection AddSeeding(this IServiceCollection services)
    {
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<SeedImporter>();
        services.TryAddScoped<TargetMaintenanceService>();
        services.TryAddSingleton<IValidator<TargetInput>, TargetInputValidator>();
        return services;
    }
}
