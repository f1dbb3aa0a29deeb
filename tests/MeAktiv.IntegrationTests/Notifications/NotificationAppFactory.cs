using MeAktiv.Core.Features.Notifications;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Notifications;

/// <summary>The app with the demo clock on 08.07.2015 (June's deadline is Friday 10.07.2015), links to
/// <c>https://me-aktiv.test</c>, retries without waiting, and the SMTP server on <paramref name="smtpPort"/> (null: no
/// host configured). <paramref name="database"/>: a SQLite file shared with another factory (restart, two instances).</summary>
public class NotificationAppFactory(int? smtpPort, string? database = null) : MeAktivAppFactory
{
    public const string BaseUrl = "https://me-aktiv.test";

    public NotificationAppFactory() : this(null)
    {
    }

    public string Database => database ?? DatabasePath;

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        if (database is not null)
        {
            builder.UseSetting("ConnectionStrings:MeAktiv", $"Data Source={database}");
        }

        builder.UseSetting("Clock:Today", "2015-07-08");
        builder.UseSetting("App:BaseUrl", BaseUrl);
        builder.UseSetting("Notifications:RetrySeconds", "0");
        if (smtpPort is { } port)
        {
            builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Mail:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Mail:Smtp:UseTls", "false");
            builder.UseSetting("Mail:Smtp:From", "ME-aktiv <me-aktiv@me-aktiv.test>");
        }
    }

    /// <summary>Runs the rules (as of <paramref name="day"/>, default the demo day) and sends what is due, as the worker does.</summary>
    public async Task<(IReadOnlyList<OutboxRow> Queued, int Sent)> RunAsync(DateOnly? day = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<NotificationRunner>().RunAsync(day, TestContext.Current.CancellationToken);
        var sent = await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(TestContext.Current.CancellationToken);
        return (queued, sent);
    }
}
