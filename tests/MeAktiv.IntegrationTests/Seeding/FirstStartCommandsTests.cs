using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MeAktiv.IntegrationTests.Seeding;

/// <summary>
/// The first start on a new SQLite file asks EF for nothing it knows already: the schema and the seed rows come from
/// scripts, the pending migrations are none, and no account exists (issue 23: every query EF compiles on its first use
/// costs start-up time on one core).
/// </summary>
public sealed class FirstStartCommandsTests
{
    [Fact]
    public async Task A_new_production_file_is_prepared_without_EF_queries()
    {
        var ct = TestContext.Current.CancellationToken;
        var commands = new CommandLog();
        await using var db = SeedTestDatabase.Create(demo: false, interceptor: commands);

        await db.InitializeAsync(ct);

        // Only EF's migration lock around the schema script and the statistics at the end: no LINQ query, no SaveChanges.
        commands.Texts.ShouldNotBeEmpty();
        commands.Texts.ShouldAllBe(t => t.Contains("__EFMigrationsLock") || t.StartsWith("PRAGMA optimize"));
    }

    /// <summary>The text of every command EF runs.</summary>
    private sealed class CommandLog : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> _texts = new();

        public IReadOnlyList<string> Texts => [.. _texts];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _texts.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            _texts.Enqueue(command.CommandText);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            _texts.Enqueue(command.CommandText);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
