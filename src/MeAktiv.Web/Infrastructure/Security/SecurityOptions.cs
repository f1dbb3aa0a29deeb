namespace MeAktiv.Web.Infrastructure.Security;

/// <summary>The settings of section <c>Security</c> (docs/security.md lists them with their defaults).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// <c>Always</c> (default): cookies carry the Secure flag, so they travel over HTTPS only (behind a TLS-terminating
    /// proxy too). <c>SameAsRequest</c>: Secure only on HTTPS requests (Development; tests over plain HTTP).
    /// In Development the default is <c>SameAsRequest</c>.
    /// </summary>
    public string? CookieSecurePolicy { get; set; }

    /// <summary>Login attempts (form post and API) per client address and window.</summary>
    public LoginRateLimitOptions LoginRateLimit { get; set; } = new();

    /// <summary>Blocking an account after failed sign-ins: per client address first, the whole account last.</summary>
    public LoginLockoutOptions Lockout { get; set; } = new();

    /// <summary>Who may read <c>/metrics</c>.</summary>
    public MetricsAccessOptions Metrics { get; set; } = new();
}

public sealed class LoginRateLimitOptions
{
    /// <summary>Attempts allowed per window and client address (default 20; 0 switches the limit off).</summary>
    public int PermitLimit { get; set; } = 20;

    /// <summary>Length of the fixed window in seconds (default 60).</summary>
    public int WindowSeconds { get; set; } = 60;
}

public sealed class LoginLockoutOptions
{
    /// <summary>Failed sign-ins of one account from one client address before that address is blocked for it (default 5).</summary>
    public int MaxFailedAccessAttempts { get; set; } = 5;

    /// <summary>The first block of an address, in minutes (default 15); each further block of the same address doubles it, up to a day.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>
    /// Failed sign-ins of one account from all addresses together (since its last successful sign-in) before the whole
    /// account is locked for <see cref="LockoutMinutes"/> and all its sessions and tokens end (default 50).
    /// </summary>
    public int AccountMaxFailedAccessAttempts { get; set; } = 50;
}

public sealed class MetricsAccessOptions
{
    /// <summary>Whether <c>/metrics</c> is mapped at all (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Networks (CIDR, e.g. <c>10.20.0.0/16</c>) whose requests may read <c>/metrics</c> without signing in: the
    /// monitoring server. Default: loopback only. A signed-in Administration user may always read it.
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = ["127.0.0.0/8", "::1/128"];
}
