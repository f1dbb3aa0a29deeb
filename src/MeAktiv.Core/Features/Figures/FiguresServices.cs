using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.Figures;

/// <summary>The services of the Figures feature.</summary>
public static class FiguresServices
{
    public static IServiceCollection AddFigures(this IServiceCollection services, IConfiguration? configuration = null)
    {
        if (configuration is not null)
        {
            services.Configure<FigureOptions>(configuration.GetSection(FigureOptions.Section));
            services.Configure<DeviationOptions>(configuration.GetSection(DeviationOptions.Section));
        }

        services.AddScoped<FigureEntryService>();
        services.AddScoped<FigureGridQueries>();
        services.AddScoped<FigureYearGridQueries>();
        services.AddScoped<UnitHistoryQueries>();
        services.AddScoped<FigureLookupQueries>();
        services.AddScoped<MonthWorkflowService>();
        services.AddScoped<DeviationQueries>();
        services.AddScoped<CompletenessQueries>();
        services.AddScoped<ActualsQueries>();
        return services;
    }
}
