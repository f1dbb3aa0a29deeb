using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using MeAktiv.Core.Security;
using MeAktiv.Web.Infrastructure.Security;

namespace MeAktiv.Web.Infrastructure;

public static class AuthSetup
{
    /// <summary>The policy scheme: a bearer token for API clients, the Identity cookie for the browser.</summary>
    public const string Scheme = "MeAktiv";

    /// <summary>The name of the browser's sign-in cookie.</summary>
    public const string CookieName = "MeAktiv.Auth";

    /// <summary>
    /// ASP.NET Core Identity with local accounts: cookie for the UI, Identity bearer tokens for the API, lockout after
    /// repeated failures. Every endpoint requires a signed-in user unless it allows anonymous access explicitly.
    /// </summary>
    public static IServiceCollection AddMeAktivAuth(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        var secure = SecurePolicy(configuration, environment);
        var lockout = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>()?.Lockout ?? new LoginLockoutOptions();
        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            });
        authentication
            .AddPolicyScheme(Scheme, "Cookie oder Bearer", o => o.ForwardDefaultSelector = ctx =>
                SecurityStampCheck.IsBearer(ctx.Request)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies(c => c.ApplicationCookie?.Configure(o => ConfigureCookie(o, secure)));
        authentication.AddMeAktivOidc(configuration);
        services.AddAntiforgery(o =>
        {
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        // A deactivated account or changed rights (new security stamp) end the cookie session within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                // The account-wide lock (all addresses together); one address is blocked earlier (LoginThrottle).
                o.Lockout.MaxFailedAccessAttempts = Math.Max(1, lockout.AccountMaxFailedAccessAttempts);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(Math.Max(1, lockout.LockoutMinutes));
            })
            .AddErrorDescriber<GermanIdentityErrors>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<MeAktivSignInManager>()
            .AddDefaultTokenProviders();
        services.AddSingleton<LoginThrottle>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddMeAktivSessionRevalidation();
        return services;
    }

    /// <summary><c>Security:CookieSecurePolicy</c>; default Always, in Development SameAsRequest (plain http://localhost).</summary>
    private static CookieSecurePolicy SecurePolicy(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[$"{SecurityOptions.Section}:{nameof(SecurityOptions.CookieSecurePolicy)}"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        }

        return Enum.TryParse<CookieSecurePolicy>(configured, ignoreCase: true, out var policy) && policy != CookieSecurePolicy.None
            ? policy
            : throw new MeAktiv.Core.Data.ConfigurationErrorException(
                $"Ungültiger Wert '{configured}' für 'Security:CookieSecurePolicy'. Erlaubt sind 'Always' und 'SameAsRequest'.");
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o, CookieSecurePolicy secure)
    {
        o.LoginPath = "/account/login";
        o.LogoutPath = "/account/logout";
        o.AccessDeniedPath = "/account/access-denied";
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = secure;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        // The API answers 401/403 instead of redirecting to the login page.
        o.Events.OnRedirectToLogin = ctx => ApiOr(ctx.HttpContext, StatusCodes.Status401Unauthorized, () => ctx.Response.Redirect(ctx.RedirectUri));
        // A signed-in user without the right gets 403 (pages: the German status page), no redirect; logged as an event.
        o.Events.OnRedirectToAccessDenied = ctx =>
        {
            var http = ctx.HttpContext;
            SecurityEvents.AccessDenied(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(SecurityEvents.Category),
                http.User.Identity?.Name ?? "unbekannt", LoginRateLimiting.ClientAddress(http), http.Request.Method, http.Request.Path);
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    private static Task ApiOr(HttpContext context, int status, Action redirect)
    {
        // Machine endpoints (the API, /metrics for the monitoring) answer with a status, never a login page.
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/metrics"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            redirect();
        }

        return Task.CompletedTask;
    }
}
