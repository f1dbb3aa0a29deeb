using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.OrgUnits;

/// <summary>The services of the OrgUnits feature.</summary>
public static class OrgUnitsServices
{
    public static IServiceCollection AddOrgUnits(this IServiceCollection services)
    {
        services.AddScoped<OrgUnitQueries>();
        services.AddScoped<OrgUnitDetailQueries>();
        services.AddScoped<OrgUnitService>();
        services.AddScoped<ReportingDutyService>();
        return services;
    }
}
