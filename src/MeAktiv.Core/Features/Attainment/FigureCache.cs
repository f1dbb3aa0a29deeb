using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// The figures of whole years (all units) kept in memory, each window with the <see cref="DataStamp.Figures"/> value it
/// was loaded at. Every save raises that stamp in its own transaction (<see cref="RaiseAsync"/>), so a reader that finds
/// the same stamp knows the rows are still the stored ones: one tiny query instead of thousands of rows, correct on
/// every app instance. The stamp is read before the rows: a save in between makes the next read load again, it can
/// never make stale rows look fresh. A few windows are kept (the dashboards ask for this year and last year). Each
/// window also keeps the reference data's stamp it was loaded at (its rows carry the components' codes). A save on THIS
/// instance that raised the stamp from n−1 to n tells the cache which years it wrote (<see cref="Advance"/>): a window
/// of other years is as valid at n as it was at n−1 and is kept; other instances simply load again.
/// </summary>
public sealed class FigureCache
{
    private const int MaxWindows = 6;
    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _entries = new();

    /// <summary>The stamp as stored now.</summary>
    public static Task<long> ReadStampAsync(AppDbContext db, CancellationToken ct) =>
        db.DataStamps.AsNoTracking().Where(s => s.Name == DataStamp.Figures).Select(s => s.Value).FirstOrDefaultAsync(ct);

    /// <summary>Raises the stamp by one, atomically, in the caller's transaction (call it before the commit), and returns
    /// the value it set: the transaction holds the row until it ends, so the value before it was exactly one less.</summary>
    public static async Task<long> RaiseAsync(AppDbContext db, CancellationToken ct)
    {
        await db.DataStamps.Where(s => s.Name == DataStamp.Figures)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + 1), ct);
        return await ReadStampAsync(db, ct);
    }

    /// <summary>
    /// After the commit of a save on this instance that raised the figures' stamp to <paramref name="raised"/> and wrote
    /// figures or month states of <paramref name="years"/> only: the windows loaded at the stamp before it that hold
    /// none of these years are valid at <paramref name="raised"/> too (a window holds only its own years' rows and
    /// states), so the next read does not load them again.
    /// </summary>
    public void Advance(long raised, IReadOnlyCollection<int> years)
    {
        lock (_gate)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                var e = node.Value;
                if (e.Stamps.Figures == raised - 1 && !years.Any(y => y >= e.FromYear && y <= e.ToYear))
                {
                    node.Value = e with { Stamps = e.Stamps with { Figures = raised } };
                }
            }
        }
    }

    /// <summary>The cached window, if it was loaded at <paramref name="stamps"/>.</summary>
    public FigureWindow? Get(int fromYear, int toYear, Stamps stamps)
    {
        lock (_gate)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (node.Value.FromYear == fromYear && node.Value.ToYear == toYear)
                {
                    if (node.Value.Stamps != stamps)
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

    public void Put(int fromYear, int toYear, Stamps stamps, FigureWindow window)
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

            _entries.AddFirst(new Entry(fromYear, toYear, stamps, window));
            while (_entries.Count > MaxWindows)
            {
                _entries.RemoveLast();
            }
        }
    }

    private sealed record Entry(int FromYear, int ToYear, Stamps Stamps, FigureWindow Window);
}
