using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.Indicators;

/// <summary>The services of the Indicators feature.</summary>
public static class IndicatorsServices
{
    public static IServiceCollection AddIndicators(this IServiceCollection services)
    {
        services.AddScoped<IndicatorQueries>();
        services.AddScoped<IndicatorYearService>();
        return services;
    }
}
