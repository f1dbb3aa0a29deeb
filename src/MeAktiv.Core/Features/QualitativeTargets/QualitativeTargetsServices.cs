using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.QualitativeTargets;

/// <summary>The services of the QualitativeTargets feature (Pflichten und Meilensteine); the validator is registered with all others.</summary>
public static class QualitativeTargetsServices
{
    public static IServiceCollection AddQualitativeTargets(this IServiceCollection services)
    {
        services.AddScoped<QualitativeTargetQueries>();
        services.AddScoped<QualitativeTargetService>();
        return services;
    }
}
