using System.Data.Common;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MeAktiv.Web.Infrastructure.Metrics;

/// <summary>
/// Database time: every SQL command's duration as the histogram <c>meaktiv.db.command.duration</c> (seconds), tagged
/// with the kind (<c>reader</c>, <c>nonquery</c>, <c>scalar</c>) and whether it failed. EF Core 10's own meter
/// <c>Microsoft.EntityFrameworkCore</c> counts queries and saves but measures no time.
/// </summary>
public sealed class DbCommandTimingInterceptor : DbCommandInterceptor, IDisposable
{
    public const string MeterName = "MeAktiv.Database";

    private readonly Meter _meter;
    private readonly Histogram<double> _duration;

    public DbCommandTimingInterceptor(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _duration = _meter.CreateHistogram<double>("meaktiv.db.command.duration", "s", "Dauer der SQL-Befehle");
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Record(eventData.Duration, "reader", result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
        DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData.Duration, "reader", result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        Record(eventData.Duration, "nonquery", result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData.Duration, "nonquery", result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) =>
        Record(eventData.Duration, "scalar", result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData.Duration, "scalar", result));

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        _duration.Record(eventData.Duration.TotalSeconds, new("db.command.kind", "error"), new("error", true));

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        CommandFailed(command, eventData);
        return Task.CompletedTask;
    }

    public void Dispose() => _meter.Dispose();

    private T Record<T>(TimeSpan duration, string kind, T result)
    {
        _duration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("db.command.kind", kind), new("error", false));
        return result;
    }
}
