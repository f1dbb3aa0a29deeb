using System.Diagnostics;
using MeAktiv.Core.Data;
using MeAktiv.Core.Data.Auditing;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// The storing half of <see cref="FigureBatch"/>: writes the new and changed figures of each planned chunk in ONE
/// transaction (begun at the first write, committed by <see cref="CommitAsync"/>, else rolled back on dispose) with
/// their audit history, each figure with its own reason. Unchanged figures are not written and get no audit entry.
/// On SQLite, new figures (the bulk of a large import) and their audit entries go in through
/// <see cref="SqliteBulkInsert{T}"/>; every other write through EF in chunks of <see cref="ChunkSize"/>, each tracked,
/// saved (the audit interceptor adds its history rows) and forgotten. A changed figure is attached as it was read,
/// with the version read as its original value: EF's UPDATE … WHERE Version = @read detects a save in between.
/// </summary>
internal sealed class FigureWriter(AppDbContext db, AuditWriter audit, string user, DateTime now) : IAsyncDisposable
{
    private const int ChunkSize = 1_000;
    private readonly bool _sqlite = db.Database.IsSqlite();
    private readonly HashSet<int> _years = [];
    private IDbContextTransaction? _transaction;
    private bool _tempStore;
    private SqliteBulkInsert<MonthlyValue>? _figures;
    private SqliteBulkInsert<AuditEntry>? _audits;

    /// <summary>Of the bulk path's time: binding values, and SQLite executing the statements.</summary>
    public (TimeSpan Binding, TimeSpan Executing) Bulk =>
        (Sum(_figures?.Binding, _audits?.Binding), Sum(_figures?.Executing, _audits?.Executing));

    /// <summary>Of the write's time: the commit (stamp, commit, SQLite's checkpoint of the log).</summary>
    public TimeSpan Commit { get; private set; }

    private static TimeSpan Sum(TimeSpan? a, TimeSpan? b) => (a ?? TimeSpan.Zero) + (b ?? TimeSpan.Zero);

    /// <summary>The years of the figures written.</summary>
    public IReadOnlyCollection<int> Years => _years;

    public async Task WriteAsync(List<PlannedFigure> planned, CancellationToken ct)
    {
        // The reasons in the order they first occur; the figures of each are written together (no copy of the plan).
        var reasons = planned.Where(p => p.Change != FigureChange.Unchanged).Select(p => p.Reason).Distinct().ToList();
        if (reasons.Count == 0)
        {
            return;
        }

        if (_transaction is null)
        {
            if (_sqlite)
            {
                // A statement of many rows keeps a statement journal (to undo just that statement); in memory, not in a
                // temp file per statement (this SQLite's default). Only for this transaction: restored on dispose.
                await db.Database.OpenConnectionAsync(ct);
                _tempStore = true;
                await db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = MEMORY", ct);
            }

            _transaction = await db.Database.BeginTransactionAsync(ct);
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var reason in reasons)
        {
            db.AuditReason = reason;
            var group = planned.Where(p => p.Change != FigureChange.Unchanged && p.Reason == reason);
            if (_sqlite)
            {
                await InsertNewAsync(group.Where(p => p.Change == FigureChange.New), ct);
            }

            foreach (var chunk in group.Where(p => !_sqlite || p.Change != FigureChange.New).Chunk(ChunkSize))
            {
                db.ChangeTracker.Clear();
                foreach (var p in chunk)
                {
                    var row = p.Change == FigureChange.New ? NewRow(p) : Copy(p.Read!);
                    var entry = p.Change == FigureChange.New ? db.MonthlyValues.Add(row) : db.MonthlyValues.Attach(row);
                    (row.Value, row.Version, row.IsDemo, row.UpdatedBy, row.UpdatedAt) = (p.Value, p.Version, false, user, now);
                    entry.DetectChanges();
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }

        db.AuditReason = null;
        _years.UnionWith(planned.Where(p => p.Change != FigureChange.Unchanged).Select(p => p.Key.Year));
    }

    /// <summary>Raises the figures' stamp in the transaction and commits it; null when nothing was written.</summary>
    public async Task<long?> CommitAsync(CancellationToken ct)
    {
        if (_transaction is null)
        {
            return null;
        }

        var start = Stopwatch.GetTimestamp();
        var raised = await FigureCache.RaiseAsync(db, ct);
        await _transaction.CommitAsync(ct);
        Commit = Stopwatch.GetElapsedTime(start);
        return raised;
    }

    public async ValueTask DisposeAsync()
    {
        if (_figures is not null)
        {
            await _figures.DisposeAsync();
        }

        if (_audits is not null)
        {
            await _audits.DisposeAsync();
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        if (_tempStore)
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = DEFAULT");
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        db.AuditReason = null;
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// New figures past the change tracker, each followed by the audit entry the interceptor would have written (with
    /// the context's reason as it is now): each row is made, inserted and audited in turn, so a large import holds
    /// neither a list of rows nor of entries (the last rows of a statement wait in its buffer until <see cref="FlushAsync"/>).
    /// </summary>
    private async Task InsertNewAsync(IEnumerable<PlannedFigure> planned, CancellationToken ct)
    {
        _figures ??= SqliteBulkInsert<MonthlyValue>.Prepare(db);
        _audits ??= SqliteBulkInsert<AuditEntry>.Prepare(db);
        var entry = audit.ForInsert<MonthlyValue>(db, now);
        foreach (var p in planned)
        {
            var row = NewRow(p);
            await _figures.InsertAsync(row, ct);
            await _audits.InsertAsync(entry(row), ct);
        }

    }

    /// <summary>Writes the new figures still buffered by the bulk path (before the commit).</summary>
    /// <exception cref="DbUpdateException">A constraint failed (a figure saved in between).</exception>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (_figures is not null && _audits is not null)
        {
            await _figures.FlushAsync(ct);
            await _audits.FlushAsync(ct);
        }
    }

    /// <summary>The row of a planned new figure, as it is stored.</summary>
    private MonthlyValue NewRow(PlannedFigure p) => new()
    {
        OrgUnitId = p.Key.Unit, ComponentId = p.Key.Component, Year = p.Key.Year, Month = p.Key.Month, Value = p.Value,
        Version = p.Version, IsDemo = false, UpdatedBy = user, UpdatedAt = now,
    };

    private static MonthlyValue Copy(MonthlyValue v) => new()
    {
        Id = v.Id, OrgUnitId = v.OrgUnitId, ComponentId = v.ComponentId, Year = v.Year, Month = v.Month, Value = v.Value,
        Version = v.Version, IsDemo = v.IsDemo, UpdatedBy = v.UpdatedBy, UpdatedAt = v.UpdatedAt,
    };
}
