using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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

        services.AddSingleton(sp => new ImportTempFiles(Path.GetTempPath(), sp.GetRequiredService<ILogger<ImportTempFiles>>()));
        services.AddScoped<FigureImportService>();
        services.AddScoped<ImportTemplateService>();
        services.AddScoped<TargetImportService>();
        return services;
    }
}
