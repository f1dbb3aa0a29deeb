using MeAktiv.Core.Data;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.SqlServer;

/// <summary>
/// The app as <see cref="MeAktivAppFactory"/> starts it (environment Testing, demo data), but with
/// <c>Database:Provider=SqlServer</c> on a fresh database of the server in <see cref="SqlServerTarget.Variable"/>:
/// the app's own start-up creates it, applies the SQL Server migrations (<c>Database:MigrateOnStartup=true</c>, as
/// the migration bundle would) and seeds it; the fixture drops it on dispose. Without the variable the app is not
/// started at all and every test using it is skipped.
/// </summary>
public sealed class SqlServerAppFactory : MeAktivAppFactory
{
    public SqlServerAppFactory()
    {
        DatabaseName = SqlServerTarget.IsConfigured ? SqlServerTarget.NewDatabaseName() : null;
    }

    /// <summary>The database of this fixture on the configured server (null: none configured).</summary>
    public string? DatabaseName { get; }

    /// <summary>Cancels an import after a chosen number of INSERT commands into MonthlyValues (see <see cref="CancelAtInsertCommand"/>).</summary>
    public CancelAtInsertCommand Interceptor { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        if (DatabaseName is null)
        {
            return;
        }

        builder.UseSetting("Database:Provider", DatabaseProvider.SqlServer);
        builder.UseSetting("ConnectionStrings:MeAktiv", SqlServerTarget.ConnectionStringFor(DatabaseName));
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.ConfigureServices(services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Interceptor)));
    }

    public override ValueTask InitializeAsync() => DatabaseName is null ? ValueTask.CompletedTask : base.InitializeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (DatabaseName is not null)
        {
            await SqlServerTarget.DropAsync(DatabaseName);
        }
    }
}

/// <summary>
/// Counts the commands that insert into MonthlyValues (on SQL Server EF batches the rows of a chunk, up to 42 per
/// command) and, once armed, cancels the given token right after the n-th: the next command sees the cancelled
/// token while the rows before are in the import's transaction, not committed.
/// </summary>
public sealed class CancelAtInsertCommand : DbCommandInterceptor
{
    private CancellationTokenSource? _cancel;
    private int _at;
    private int _commands;

    public int Commands => _commands;

    public void Arm(CancellationTokenSource cancel, int atCommand) => (_cancel, _at, _commands) = (cancel, atCommand, 0);

    public void Disarm() => _cancel = null;

    public override ValueTask<System.Data.Common.DbDataReader> ReaderExecutedAsync(System.Data.Common.DbCommand command,
        CommandExecutedEventData eventData, System.Data.Common.DbDataReader result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(System.Data.Common.DbCommand command, CommandExecutedEventData eventData,
        int result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    private void Count(System.Data.Common.DbCommand command)
    {
        if (_cancel is not null && command.CommandText.Contains("INSERT INTO [MonthlyValues]", StringComparison.Ordinal)
            && Interlocked.Increment(ref _commands) == _at)
        {
            _cancel.Cancel();
        }
    }
}
