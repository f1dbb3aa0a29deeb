using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Users;
using MeAktiv.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MeAktiv.Web.Infrastructure.Security;

/// <summary>
/// Single sign-on by OpenID Connect (authorization code flow), configuration only. The identity provider's sign-in
/// lands in Identity's external cookie; <c>/account/login/oidc/callback</c> links it by e-mail to the local account
/// (its role and units come from the user administration), or creates one when <c>CreateUsers</c> is on and the role
/// claim maps to a role, then signs in with the normal cookie. Deactivated accounts are refused.
/// </summary>
public static class OidcSetup
{
    public static AuthenticationBuilder AddMeAktivOidc(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var options = configuration.GetSection(OidcOptions.Section).Get<OidcOptions>() ?? new OidcOptions();
        authentication.Services.Configure<OidcOptions>(configuration.GetSection(OidcOptions.Section));
        if (!options.Enabled)
        {
            return authentication;
        }

        return authentication.AddOpenIdConnect(OidcOptions.Scheme, options.ButtonText, o =>
        {
            o.Authority = options.Authority;
            o.ClientId = options.ClientId;
            o.ClientSecret = options.ClientSecret;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Scope.Add("email");
            o.MapInboundClaims = false;
            o.SaveTokens = false;
            o.CallbackPath = "/signin-oidc";
        });
    }

    public static IEndpointRouteBuilder MapMeAktivOidc(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<OidcOptions>>().Value.Enabled)
        {
            return app;
        }

        app.MapGet("/account/login/oidc", (string? returnUrl) => Results.Challenge(
            new AuthenticationProperties { RedirectUri = "/account/login/oidc/callback?returnUrl=" + Uri.EscapeDataString(Local(returnUrl)) },
            [OidcOptions.Scheme])).AllowAnonymous();
        app.MapGet("/account/login/oidc/callback", CallbackAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> CallbackAsync(HttpContext http, string? returnUrl, SignInManager<AppUser> signIn,
        UserManager<AppUser> users, IOptions<OidcOptions> options, ILoggerFactory loggers, UserAdministrationService admin)
    {
        var logger = loggers.CreateLogger(SecurityEvents.Category);
        var address = LoginRateLimiting.ClientAddress(http);
        var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        var email = external.Principal?.FindFirst(options.Value.EmailClaim)?.Value;
        if (!external.Succeeded || string.IsNullOrWhiteSpace(email))
        {
            SecurityEvents.LoginFailed(logger, email ?? "unbekannt", address, "OIDC");
            return Results.Redirect("/account/login?oidc=fehlgeschlagen");
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null && options.Value.CreateUsers
            && external.Principal!.FindAll(options.Value.RoleClaim).Select(c => options.Value.RoleMap.GetValueOrDefault(c.Value))
                .FirstOrDefault(r => r is not null && Roles.All.Contains(r)) is { } role)
        {
            var system = new UserScope("oidc", new HashSet<string> { Roles.Administration }, new HashSet<int>(), new HashSet<int>());
            var name = external.Principal!.FindFirst("name")?.Value ?? email;
            // A random password nobody knows: the account signs in through the identity provider only.
            var created = await admin.CreateAsync(system, new NewUser(email, name, role, [], $"Oidc!{Guid.NewGuid():N}A1"), http.RequestAborted);
            user = created.Ok ? await users.FindByEmailAsync(email) : null;
        }

        if (user is null || UserAdministrationService.IsDeactivated(user.LockoutEnd))
        {
            SecurityEvents.LoginFailed(logger, email, address, "OIDC");
            return Results.Redirect("/account/login?oidc=unbekannt");
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: OidcOptions.Scheme);
        SecurityEvents.LoginSucceeded(logger, email, address, "OIDC");
        // Not a redirect: this request descends from the provider's cross-site form post, so the browser would not send
        // the SameSite=Strict cookie with a redirect; a page of our own that moves on is a same-site navigation.
        var target = System.Net.WebUtility.HtmlEncode(Local(returnUrl));
        return Results.Content("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">" +
            $"<meta http-equiv=\"refresh\" content=\"0;url={target}\"><title>Anmeldung – ME-aktiv</title></head>" +
            $"<body><p>Angemeldet. <a href=\"{target}\">Weiter</a></p></body></html>", "text/html; charset=utf-8");
    }

    private static string Local(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
