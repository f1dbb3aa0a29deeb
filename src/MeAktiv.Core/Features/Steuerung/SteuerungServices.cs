using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>The services of the Steuerung feature.</summary>
public static class SteuerungServices
{
    public static IServiceCollection AddSteuerung(this IServiceCollection services)
    {
        services.AddSingleton<EnteringMonthCache>();
        services.AddScoped<SteuerungCalendar>();
        services.AddScoped<PeopleQueries>();
        services.AddScoped<MeasureService>();
        services.AddScoped<MeasureQueries>();
        services.AddScoped<MeasureUnitQueries>();
        services.AddScoped<IndicatorFollowUpQueries>();
        services.AddScoped<MeasureCurveQueries>();
        services.AddScoped<CommentService>();
        services.AddScoped<AgendaBuilder>();
        services.AddScoped<MeetingService>();
        services.AddScoped<MeetingQueries>();
        services.AddScoped<TermineQueries>();
        services.AddScoped<FixedDateService>();
        services.AddScoped<RecurringDateService>();
        services.AddScoped<OpenMonthsQueries>();
        return services;
    }
}
