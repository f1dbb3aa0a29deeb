using System.Data.Common;
using MeAktiv.Core.Data;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>The app with a command interceptor that cancels an import at a chosen INSERT statement into MonthlyValues.</summary>
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
/// Counts the INSERT commands into MonthlyValues and, once armed, cancels the given token just before the n-th one
/// runs: that command and everything after it sees the cancelled token, while the earlier inserts of the same
/// transaction are already in the database file's transaction (not committed).
/// </summary>
public sealed class CancelAtInsert : DbCommandInterceptor
{
    private CancellationTokenSource? _cancel;
    private int _at;
    private int _inserts;

    public int Inserts => _inserts;

    public void Arm(CancellationTokenSource cancel, int atInsert) => (_cancel, _at, _inserts) = (cancel, atInsert, 0);

    public void Disarm() => _cancel = null;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Count(DbCommand command)
    {
        if (_cancel is not null && command.CommandText.Contains("INSERT INTO \"MonthlyValues\"", StringComparison.Ordinal)
            && Interlocked.Increment(ref _inserts) == _at)
        {
            _cancel.Cancel();
        }
    }
}
