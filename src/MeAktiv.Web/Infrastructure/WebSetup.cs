using System.Globalization;
using System.Text.Json.Serialization;
using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Security;
using MeAktiv.Web.Infrastructure.Security;
using MeAktiv.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using MudBlazor.Services;
using Serilog;

namespace MeAktiv.Web.Infrastructure;

public static class WebSetup
{
    public static IServiceCollection AddMeAktivWeb(this IServiceCollection services)
    {
        CultureInfo.DefaultThreadCurrentCulture = German.Culture;
        CultureInfo.DefaultThreadCurrentUICulture = German.Culture;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddHttpContextAccessor(); // only read when a circuit opens (CurrentUserCircuitHandler)
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Title = ProblemText.Title(ctx.ProblemDetails.Status) ?? ctx.ProblemDetails.Title;
            ctx.ProblemDetails.Detail ??= ProblemText.Detail(ctx.ProblemDetails.Status);
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        // A body or parameter the API cannot bind is the caller's mistake: a 400 (German problem via the status code
        // pages), never an exception — also in Development, where ASP.NET Core would otherwise throw one.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        // The API writes enums by name ("Eingereicht"), as api.md's examples do.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database")
            .AddCheck<CacheWarmupHealthCheck>("warm-up"); // healthy once the warm-up after the start is over
        // Keys for cookies and antiforgery tokens in the database: they survive restarts and every instance shares them.
        services.AddDataProtection().SetApplicationName("MeAktiv").PersistKeysToDatabase();
        // No preload of the key ring when the host starts: the database is migrated after that; DatabaseStartup loads it
        // (or creates the first key) once the database is ready, before the first request.
        foreach (var preload in services.Where(d => d.ServiceType == typeof(IHostedService)
                     && d.ImplementationType?.Name == "DataProtectionHostedService").ToList())
        {
            services.Remove(preload);
        }
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PrerenderHandoff>();
        services.AddSingleton<SharedText>();
        services.AddSingleton<StaticMarkup>();
        services.AddSingleton<DatabaseStartup>();
        // Background work (the notification rules) waits for the database and then for the start's warm-up: its first
        // round (~1 s of EF's first queries) no longer shares the core with the warm-up before /health turns healthy.
        services.AddSingleton(sp => new Core.Data.DatabaseReadiness(
            () => CacheWarmup.AfterStartAsync(sp.GetRequiredService<DatabaseStartup>(), sp.GetRequiredService<CacheWarmup>())));
        services.AddSingleton<CacheWarmup>().AddHostedService(sp => sp.GetRequiredService<CacheWarmup>());
        return services;
    }

    public static WebApplication UseMeAktivPipeline(this WebApplication app)
    {
        app.UseMeAktivSecurityHeaders();
        app.UseMiddleware<DatabasePreparingMiddleware>(); // 503 "Datenbank wird vorbereitet …" until migrated and seeded
        if (!app.Environment.IsDevelopment())
        {
            // Pages get the German error page (Development keeps the developer exception page).
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        // Pages get a German status page; the API gets RFC 9457 problem details (German titles, ProblemText).
        // (Not inside a UseWhen branch: re-executed there, the status page's route was never found and a bare 404 left.
        // The API's inner handler writes its body first, so the outer one leaves API answers alone.)
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePages());
        app.UseRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new(German.Culture);
            o.SupportedCultures = o.SupportedUICultures = [German.Culture];
        });
        app.UseRateLimiter(); // login attempts (LoginRateLimiting); after the status pages, so a 429 page is German
        app.UseSerilogRequestLogging(o => o.GetLevel = (ctx, _, ex) => RequestLogLevel.Of(ctx, ex));

        // The API answers with German problem details in every environment (ApiExceptionHandler), in an inner handler:
        // the outer one rewrites the path to /Error before it asks the IExceptionHandlers, so they never see /api.
        // Inside the request logging: it logs the answer the client got (a bad body: 400, once, as a warning from the
        // handler), not an exception passing by as an error 500 with its stack trace.
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), b => b.UseExceptionHandler());
        app.UseOriginCheck(); // cookie-authenticated API writes only from the app's own origin (CSRF)
        app.UseAuthentication();
        app.UseSessionCheck(); // a cookie or token of a signed-out, locked, changed or deactivated account ends at once
        app.UsePasswordChangeGate(); // a temporary password from the Administration must be changed first
        app.UseAuthorization();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseAntiforgery();
        return app;
    }
}
