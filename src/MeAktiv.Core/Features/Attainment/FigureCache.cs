using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// The figures of whole years (all units) kept in memory, each window with the <see cref="DataStamp.Figures"/> value it
/// was loaded at. Every save raises that stamp in its own transaction (<see cref="RaiseAsync"/>), so a reader that finds
/// the same stamp knows the rows are still the stored ones: one tiny query instead of thousands of rows, correct on
/// every app instance. The stamp is read before the rows: a save in between makes the next read load again, it can
/// never make stale rows look fresh. A few windows are kept (the dashboards ask for this year and last year).
/// </summary>
public sealed class FigureCache
{
    private const int MaxWindows = 6;
    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _entries = new();

    /// <summary>The stamp as stored now.</summary>
    public static Task<long> ReadStampAsync(AppDbContext db, CancellationToken ct) =>
        db.DataStamps.AsNoTracking().Where(s => s.Name == DataStamp.Figures).Select(s => s.Value).FirstOrDefaultAsync(ct);

    /// <summary>Raises the stamp by one, atomically, in the caller's transaction (call it before the commit).</summary>
    public static Task RaiseAsync(AppDbContext db, CancellationToken ct) =>
        db.DataStamps.Where(s => s.Name == DataStamp.Figures)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + 1), ct);

    /// <summary>The cached window, if it was loaded at <paramref name="stamp"/>.</summary>
    public FigureWindow? Get(int fromYear, int toYear, long stamp)
    {
        lock (_gate)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (node.Value.FromYear == fromYear && node.Value.ToYear == toYear)
                {
                    if (node.Value.Stamp != stamp)
                    {
                        _entries.Remove(node);
                        return null;
                    }

                    _entries.Remove(node);
                    _entries.AddFirst(node);
                    return node.Value.Window;
                }
            }

            return null;
        }
    }

    public void Put(int fromYear, int toYear, long stamp, FigureWindow window)
    {
        lock (_gate)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (node.Value.FromYear == fromYear && node.Value.ToYear == toYear)
                {
                    _entries.Remove(node);
                    break;
                }
            }

            _entries.AddFirst(new Entry(fromYear, toYear, stamp, window));
            while (_entries.Count > MaxWindows)
            {
                _entries.RemoveLast();
            }
        }
    }

    private sealed record Entry(int FromYear, int ToYear, long Stamp, FigureWindow Window);
}
