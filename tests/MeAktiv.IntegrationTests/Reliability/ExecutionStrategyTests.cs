using System.Data.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Reliability;

/// <summary>
/// SQL Server retries transient errors (EF's retrying execution strategy). A retrying strategy refuses a
/// transaction begun outside it, so the save path must run its transaction inside the strategy: proven on SQLite
/// with a retrying strategy and one injected transient failure in the middle of the transaction.
/// </summary>
public sealed class ExecutionStrategyTests(ExecutionStrategyTests.RetryingApp app) : IClassFixture<ExecutionStrategyTests.RetryingApp>
{
    [Fact]
    public async Task SqlServer_is_configured_with_the_retrying_execution_strategy()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:MeAktiv"] = "Server=nowhere.invalid;Database=MeAktiv;Integrated Security=true;TrustServerCertificate=true",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<ICurrentUser>(new SystemUser()).AddMeAktivData(configuration);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);

        var strategy = db.Database.CreateExecutionStrategy();
        strategy.ShouldBeOfType<SqlServerRetryingExecutionStrategy>();
        strategy.RetriesOnFailure.ShouldBeTrue();
    }

    [Fact]
    public async Task A_save_whose_transaction_fails_transiently_is_retried_whole_and_stored_once_with_its_audit()
    {
        var gf = await SqliteDurabilityTests.ScopeAsync(app, DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var inputs = await SqliteDurabilityTests.InputsAsync(app.DatabasePath, 3, 2016);
        app.Fault.Arm();

        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<FigureEntryService>().SaveAsync(gf, inputs, ct: TestContext.Current.CancellationToken);

        outcome.Status.ShouldBe(SaveStatus.Saved);
        app.Fault.Thrown.ShouldBe(1);
        app.Strategy.Retries.ShouldBe(1);
        var figures = await FigureFile.FiguresAsync(app.DatabasePath);
        var audit = await FigureFile.LatestAuditAsync(app.DatabasePath);
        var ids = new List<string>();
        foreach (var input in inputs)
        {
            var stored = figures[FigureFile.Key(input.Unit, input.Indicator, input.Component, $"{input.Year:D4}-{input.Month:D2}")];
            stored.Value.ShouldBe(120);
            audit[stored.Id].ShouldBe((stored.Value, stored.Version));
            ids.Add(stored.Id.ToString());
        }

        (await AuditCountAsync(ids)).ShouldBe(inputs.Length, "one audit entry per figure: the failed attempt left none");
    }

    private async Task<int> AuditCountAsync(List<string> figureIds)
    {
        await using var db = await SqliteDurabilityTests.Factory(app).CreateDbContextAsync(TestContext.Current.CancellationToken);
        var keys = await db.AuditEntries.Where(a => a.EntityType == "MonthlyValue").Select(a => a.EntityKey).ToListAsync(TestContext.Current.CancellationToken);
        return keys.Count(k => figureIds.Contains(k, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The app on SQLite with a retrying execution strategy and a switchable transient fault.</summary>
    public sealed class RetryingApp : MeAktivAppFactory
    {
        public TransientFault Fault { get; } = new();

        public RetryCounter Strategy { get; } = new();

        protected override void ConfigureSettings(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<AppDbContext>(o =>
            {
                new Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder(o)
                    .ExecutionStrategy(d => new RetryingStrategy(d, Strategy));
                o.AddInterceptors(Fault);
            }));
    }

    public sealed class RetryCounter
    {
        private int _retries;

        public int Retries => _retries;

        public void Count() => Interlocked.Increment(ref _retries);
    }

    /// <summary>Retries only the injected fault, like SQL Server's strategy retries a transient error.</summary>
    private sealed class RetryingStrategy(ExecutionStrategyDependencies dependencies, RetryCounter counter)
        : ExecutionStrategy(dependencies, 3, TimeSpan.FromMilliseconds(50))
    {
        protected override bool ShouldRetryOn(Exception exception)
        {
            for (var e = exception; e is not null; e = e.InnerException)
            {
                if (e is TransientTestException)
                {
                    counter.Count();
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// When armed, fails once at the raise of the figures' stamp, the last command before the commit: the figure rows
    /// and audit entries of the transaction are written by then (new figures by the bulk insert, which EF's
    /// interceptors do not see).
    /// </summary>
    public sealed class TransientFault : DbCommandInterceptor
    {
        private int _armed;
        private int _thrown;

        public int Thrown => _thrown;

        public void Arm() => Interlocked.Exchange(ref _armed, 1);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("UPDATE \"DataStamps\"", StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                Interlocked.Increment(ref _thrown);
                throw new TransientTestException();
            }

            return ValueTask.FromResult(result);
        }
    }

    private sealed class TransientTestException() : Exception("injected transient failure");

    private sealed class SystemUser : ICurrentUser
    {
        public string UserName => "system";
    }
}
