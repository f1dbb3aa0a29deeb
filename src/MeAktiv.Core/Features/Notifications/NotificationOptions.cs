namespace MeAktiv.Core.Features.Notifications;

/// <summary>Settings <c>Mail:Smtp:*</c>: the SMTP server the notifications go to. No <see cref="Host"/>: nothing is
/// sent, the messages stay queued and the Administration sees why.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Mail:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "ME-aktiv <me-aktiv@localhost>";

    /// <summary>STARTTLS (port 587) or TLS on connect (port 465); off: plain SMTP (a relay inside the network).</summary>
    public bool UseTls { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>Settings <c>Notifications:*</c> (timing of the background sender) and <c>App:BaseUrl</c> (links in mails).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Runs the rules and sends in the background (off: only <c>POST /api/v1/notifications/run</c>).</summary>
    public bool Background { get; set; } = true;

    /// <summary>How often the sender looks for due messages.</summary>
    public int PollSeconds { get; set; } = 30;

    /// <summary>How often the rules are evaluated.</summary>
    public int RulesMinutes { get; set; } = 15;

    /// <summary>Wait before the first retry; doubled per attempt, at most one day.</summary>
    public int RetrySeconds { get; set; } = 60;

    /// <summary>Attempts before a message is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a claimed message belongs to one instance (a crashed sender's claim runs out).</summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Absolute address of the app, from <c>App:BaseUrl</c> (e.g. <c>https://me-aktiv.jobcenter.example</c>).</summary>
    public string BaseUrl { get; set; } = "http://localhost:5000";

    public string Link(string path) => BaseUrl.TrimEnd('/') + path;
}
