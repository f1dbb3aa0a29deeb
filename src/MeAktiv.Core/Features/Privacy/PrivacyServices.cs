using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.Privacy;

/// <summary>The services of the Privacy feature.</summary>
public static class PrivacyServices
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration? configuration = null)
    {
        if (configuration is not null)
        {
            services.Configure<PrivacyOptions>(configuration.GetSection(PrivacyOptions.Section));
        }

        services.AddSingleton<SmallCellRule>();
        return services;
    }
}
