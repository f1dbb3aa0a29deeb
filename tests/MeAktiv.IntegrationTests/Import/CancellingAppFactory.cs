using System.Data.Common;
using MeAktiv.Core.Data;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>The app with a connection interceptor that cancels an import at a chosen row inserted into MonthlyValues.</summary>
public sealed class CancellingAppFactory : MeAktivAppFactory
{
    public CancelAtInsert Interceptor { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Interceptor)));
    }
}

/// <summary>
/// Counts the rows SQLite inserts into MonthlyValues (its update hook, set on every connection the app opens, so it
/// sees EF's statements and the bulk insert's alike) and, once armed, cancels the given token right after the n-th
/// row: the next statement sees the cancelled token, while the rows before are in the import's transaction (not
/// committed).
/// </summary>
public sealed class CancelAtInsert : DbConnectionInterceptor
{
    private const int SqliteInsert = 18;
    private CancellationTokenSource? _cancel;
    private int _at;
    private int _inserts;

    public int Inserts => _inserts;

    public void Arm(CancellationTokenSource cancel, int atInsert) => (_cancel, _at, _inserts) = (cancel, atInsert, 0);

    public void Disarm() => _cancel = null;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Hook(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Hook(connection);
        return Task.CompletedTask;
    }

    private void Hook(DbConnection connection) =>
        SQLitePCL.raw.sqlite3_update_hook(((SqliteConnection)connection).Handle, OnUpdate, null);

    private void OnUpdate(object userData, int type, SQLitePCL.utf8z database, SQLitePCL.utf8z table, long rowId)
    {
        if (_cancel is not null && type == SqliteInsert && table.utf8_to_string() == "MonthlyValues"
            && Interlocked.Increment(ref _inserts) == _at)
        {
            _cancel.Cancel();
        }
    }
}
