using MeAktiv.Core.Features.Notifications.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeAktiv.Core.Features.Notifications;

/// <summary>The services of the Notifications feature: rules, outbox, sender (MailKit) and the background worker.</summary>
public static class NotificationsServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration? configuration = null)
    {
        if (configuration is not null)
        {
            services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
            services.Configure<NotificationOptions>(o =>
            {
                configuration.GetSection(NotificationOptions.Section).Bind(o);
                o.BaseUrl = configuration["App:BaseUrl"] is { Length: > 0 } url ? url : o.BaseUrl;
            });
        }

        services.AddScoped<INotificationRule, BeforeDeadlineRule>();
        services.AddScoped<INotificationRule, AfterDeadlineRule>();
        services.AddScoped<INotificationRule, ReadyToCloseRule>();
        services.AddScoped<INotificationRule, MeasureDueRule>();
        services.AddScoped<INotificationRule, MeetingInvitationRule>();
        services.AddScoped<INotificationRule, WeeklyDigestRule>();
        services.AddScoped<RuleSettingsService>();
        services.AddScoped<NotificationRunner>();
        services.AddScoped<NotificationQueries>();
        services.AddScoped<NotificationPreferenceService>();
        services.AddSingleton<MailTransport>();
        services.AddScoped<OutboxSender>();
        services.TryAddSingleton(new MeAktiv.Core.Data.DatabaseReadiness());
        services.AddHostedService<NotificationWorker>();
        return services;
    }
}
