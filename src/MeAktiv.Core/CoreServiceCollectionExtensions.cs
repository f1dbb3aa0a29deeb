using FluentValidation;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Features.Indicators;
using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Feature services, validators and the user scope: everything the UI and the API share.</summary>
    public static IServiceCollection AddMeAktivCore(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining<UserScopeService>(ServiceLifetime.Singleton);
        services.AddScoped<UserScopeService>();
        services.AddScoped<OrgUnitQueries>();
        services.AddScoped<IndicatorQueries>();
        services.AddScoped<TargetQueries>();
        services.AddScoped<FigureQueries>();
        services.AddScoped<AttainmentQueries>();
        services.AddScoped<TargetOverviewService>();
        return services;
    }
}
