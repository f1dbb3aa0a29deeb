using MeAktiv.Core;
using MeAktiv.Core.Data;
using MeAktiv.Web.Api;
using MeAktiv.Web.Components;
using MeAktiv.Web.Features.Account;
using MeAktiv.Web.Features.Figures;
using MeAktiv.Web.Features.Help;
using MeAktiv.Web.Infrastructure;
using MeAktiv.Web.Infrastructure.Metrics;
using MeAktiv.Web.Infrastructure.Security;
using MeAktiv.Web.Infrastructure.Startup;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
try
{
    if (OperationsCommand.Matches(args)) return await OperationsCommand.RunAsync(args); // backup / restore, no web server

    var builder = WebApplication.CreateBuilder(args);
    builder.AddMeAktivLogging();
    builder.Services.AddMeAktivData(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddMeAktivCore(builder.Configuration); // every feature's services: Core/Features/<F>/<F>Services.cs
    builder.Services.AddMeAktivAuth(builder.Configuration, builder.Environment);
    builder.Services.AddMeAktivLoginRateLimit();
    builder.Services.AddMeAktivWeb();
    builder.Services.AddFiguresPages();
    builder.Services.AddMeAktivMetrics();
    builder.Services.AddGcDiagnostics(builder.Configuration); // off unless Diagnostics:EnableGcEndpoint=true

    var app = builder.Build();
    StartupTiming.HostBuilt(app);
    var database = app.StartDatabaseInitialization(); // migrate + seed in the background; 503 "Datenbank wird vorbereitet" meanwhile

    app.UseMeAktivPipeline();
    app.MapMeAktivHealth(); // 200 once the database is ready and the warm-up is over
    app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
    app.MapMeAktivApi();
    app.MapHandbookImages();
    app.MapMeAktivMetrics();
    app.MapAccountEndpoints();
    app.MapMeAktivOidc();
    app.MapGcDiagnostics();
    app.MapStaticAssets().AllowAnonymous();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

    await app.RunAsync();
    database.ThrowIfFailed(); // a failed start stopped the app: its exit code below
    return 0;
}
catch (ConfigurationErrorException ex)
{
    Log.Fatal("ME-aktiv kann nicht starten: {Reason}", ex.Message);
    return 2;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "ME-aktiv wurde unerwartet beendet: {Reason}", ex.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
