using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.Reports;

/// <summary>The services of the Reports feature.</summary>
public static class ReportsServices
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<CityFigureQueries>();
        services.AddScoped<AttainmentReportService>();
        services.AddScoped<Sec16aReportService>();
        services.AddScoped<ButReportService>();
        return services;
    }
}
