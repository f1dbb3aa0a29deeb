using FluentValidation;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Features.Audit;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Features.Import;
using MeAktiv.Core.Features.Indicators;
using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Core.Features.Reports;
using MeAktiv.Core.Features.Review;
using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Features.Users;
using MeAktiv.Core.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeAktiv.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Feature services, validators and the user scope: everything the UI and the API share.</summary>
    public static IServiceCollection AddMeAktivCore(this IServiceCollection services, IConfiguration? configuration = null)
    {
        if (configuration is not null)
        {
            services.Configure<FigureOptions>(configuration.GetSection(FigureOptions.Section));
            services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
            services.Configure<PrivacyOptions>(configuration.GetSection(PrivacyOptions.Section));
        }

        // FigureInputValidator is built per batch with that batch's reference data, not taken from DI.
        services.AddValidatorsFromAssemblyContaining<UserScopeService>(ServiceLifetime.Singleton,
            filter: r => r.ValidatorType != typeof(FigureInputValidator));
        services.AddScoped<UserScopeService>();
        services.AddScoped<OrgUnitQueries>();
        services.AddScoped<IndicatorQueries>();
        services.AddScoped<TargetQueries>();
        services.AddSingleton<FigureCache>();
        services.AddScoped<FigureQueries>();
        services.AddScoped<FigureEntryService>();
        services.AddScoped<FigureGridQueries>();
        services.AddScoped<FigureYearGridQueries>();
        services.AddScoped<UnitHistoryQueries>();
        services.AddScoped<FigureLookupQueries>();
        services.AddScoped<MonthWorkflowService>();
        services.AddScoped<CompletenessQueries>();
        services.AddScoped<ActualsQueries>();
        services.AddScoped<AttainmentQueries>();
        services.AddScoped<CityFigureQueries>();
        services.AddScoped<AttainmentReportService>();
        services.AddScoped<Sec16aReportService>();
        services.AddScoped<ButReportService>();
        services.AddScoped<ReviewService>();
        services.AddScoped<ReviewSnapshotService>();
        services.AddScoped<IReviewNotesSource, SteuerungReviewNotesSource>();
        services.AddScoped<TargetOverviewService>();
        services.AddScoped<DashboardLoader>();
        services.AddScoped<DashboardService>();
        services.AddScoped<FigureImportService>();
        services.AddScoped<ImportTemplateService>();
        services.AddScoped<SteuerungCalendar>();
        services.AddScoped<PeopleQueries>();
        services.AddScoped<MeasureService>();
        services.AddScoped<MeasureQueries>();
        services.AddScoped<MeasureCurveQueries>();
        services.AddScoped<CommentService>();
        services.AddScoped<AgendaBuilder>();
        services.AddScoped<MeetingService>();
        services.AddScoped<MeetingQueries>();
        services.AddScoped<TermineQueries>();
        services.AddScoped<OpenMonthsQueries>();
        services.AddScoped<UserAdministrationService>();
        services.AddSingleton<SmallCellRule>();
        services.AddScoped<AuditLogQueries>();
        return services;
    }
}
