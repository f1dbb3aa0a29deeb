using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.Import;

/// <summary>The services of the Import feature.</summary>
public static class ImportServices
{
    public static IServiceCollection AddImport(this IServiceCollection services, IConfiguration? configuration = null)
    {
        if (configuration is not null)
        {
            services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
        }

        services.AddScoped<FigureImportService>();
        services.AddScoped<ImportTemplateService>();
        services.AddScoped<TargetImportService>();
        return services;
    }
}
