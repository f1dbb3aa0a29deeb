using MeAktiv.Core;
using MeAktiv.Core.Data;
using MeAktiv.Web.Api;
using MeAktiv.Web.Components;
using MeAktiv.Web.Features.Hilfe;
using MeAktiv.Web.Infrastructure;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddMeAktivLogging();
    builder.Services.AddMeAktivData(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddMeAktivCore(builder.Configuration);
    builder.Services.AddMeAktivAuth();
    builder.Services.AddMeAktivWeb();
    builder.Services.AddGcDiagnostics(builder.Configuration); // off unless Diagnostics:EnableGcEndpoint=true

    var app = builder.Build();
    await app.InitializeDatabaseAsync();

    app.UseMeAktivPipeline();
    app.MapHealthChecks("/health").AllowAnonymous();
    app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
    app.MapMeAktivApi();
    app.MapHandbookImages();
    app.MapAccountEndpoints();
    app.MapGcDiagnostics();
    app.MapStaticAssets().AllowAnonymous();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

    await app.RunAsync();
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
