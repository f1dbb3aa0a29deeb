using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Operations;
using Serilog;

namespace MeAktiv.Web.Infrastructure;

/// <summary>
/// Commands for the IT, run instead of the web server (docs/operations.md), with the same settings as the app
/// (appsettings, environment variables, <c>--Key=Value</c>):
/// <c>MeAktiv.Web backup &lt;ziel.db&gt;</c> (online, while the app runs) and
/// <c>MeAktiv.Web restore &lt;sicherung.db&gt;</c> (refused while an app runs on the file: <c>SqliteLease</c>). Exit code 0 ok, 2 refused.
/// </summary>
public static class OperationsCommand
{
    public static bool Matches(string[] args) => args is ["backup" or "restore", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            Log.Error("Aufruf: MeAktiv.Web backup <Zieldatei> | MeAktiv.Web restore <Sicherungsdatei> [--Einstellung=Wert …]");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(args[2..]);
        try
        {
            var database = SqliteBackup.DatabaseFile(builder.Configuration, builder.Environment.ContentRootPath);
            if (args[0] == "backup")
            {
                var bytes = await SqliteBackup.BackupAsync(database, args[1]);
                Log.Information("Sicherung von {Database} nach {Target} geschrieben ({Bytes:N0} Bytes), Integritätsprüfung ok.",
                    database, Path.GetFullPath(args[1]), bytes);
            }
            else
            {
                var kept = await SqliteBackup.RestoreAsync(args[1], database, TimeProvider.System);
                Log.Information("Sicherung {Backup} nach {Database} zurückgespielt, Integritätsprüfung ok; die bisherige Datei liegt unter {Kept}.",
                    Path.GetFullPath(args[1]), database, kept ?? "(keine)");
            }

            return 0;
        }
        catch (Exception ex) when (ex is OperationFailedException or ConfigurationErrorException)
        {
            Log.Error("{Command} nicht ausgeführt: {Reason}", args[0], ex.Message);
            return 2;
        }
    }
}
