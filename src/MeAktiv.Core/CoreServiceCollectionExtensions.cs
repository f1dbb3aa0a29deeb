using FluentValidation;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Audit;
using MeAktiv.Core.Features.Budget;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Features.Import;
using MeAktiv.Core.Features.Indicators;
using MeAktiv.Core.Features.Notifications;
using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Features.QualitativeTargets;
using MeAktiv.Core.Features.Reports;
using MeAktiv.Core.Features.Review;
using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Features.Users;
using MeAktiv.Core.Security;
using MeAktiv.Core.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Everything the UI and the API share: each feature registers its own services
    /// (<c>Features/&lt;F&gt;/&lt;F&gt;Services.cs</c>), plus the validators, the user scope and the start-up seeding.</summary>
    public static IServiceCollection AddMeAktivCore(this IServiceCollection services, IConfiguration? configuration = null)
    {
        // FigureInputValidator is built per batch with that batch's reference data, not taken from DI.
        services.AddValidatorsFromAssemblyContaining<UserScopeService>(ServiceLifetime.Singleton,
            filter: r => r.ValidatorType != typeof(FigureInputValidator));
        if (configuration is not null)
        {
            services.Configure<Common.ClockOptions>(configuration.GetSection(Common.ClockOptions.Section));
        }

        services.AddSingleton<Common.BusinessClock>();
        return services
            .AddUserScopes()
            .AddSeeding()
            .AddOrgUnits()
            .AddIndicators()
            .AddTargets()
            .AddQualitativeTargets()
            .AddPrivacy(configuration)
            .AddAttainment()
            .AddFigures(configuration)
            .AddImport(configuration)
            .AddReports()
            .AddDashboard()
            .AddSteuerung()
            .AddReview()
            .AddUsers()
            .AddAudit()
            .AddBudget(configuration)
            .AddNotifications(configuration);
    }
}
