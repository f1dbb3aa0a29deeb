using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.Audit;

/// <summary>The services of the Audit feature.</summary>
public static class AuditServices
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditLogQueries>();
        return services;
    }
}
