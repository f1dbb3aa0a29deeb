using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Data;

/// <summary>The figures' and the reference data's <see cref="DataStamp"/> values as stored now, read in ONE command.
/// Read them before the rows they guard: a change after the read makes the next read load again, it can never make
/// stale rows look fresh.</summary>
public readonly record struct Stamps(long Figures, long Reference)
{
    public static async Task<Stamps> ReadAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = await db.DataStamps.AsNoTracking()
            .Where(s => s.Name == DataStamp.Figures || s.Name == DataStamp.Reference)
            .Select(s => new { s.Name, s.Value })
            .ToListAsync(ct);
        return new Stamps(Value(DataStamp.Figures), Value(DataStamp.Reference));

        long Value(string name) => rows.FirstOrDefault(r => r.Name == name)?.Value ?? 0;
    }
}
