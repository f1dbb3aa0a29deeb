using MeAktiv.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Indicators;

/// <summary>The indicators (Kennzahlen) with their components: master data every role may read.</summary>
public sealed class IndicatorQueries(IDbContextFactory<AppDbContext> factory)
{
    /// <summary>Every indicator; with <paramref name="year"/> also whether it is switched on in that year (no year:
    /// active), with the reason and version of its switch (null: never switched).</summary>
    public async Task<IReadOnlyList<IndicatorDto>> ListAsync(int? year = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Components)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .ToListAsync(ct);
        var switches = year is { } y
            ? await db.IndicatorYears.AsNoTracking().Where(r => r.Year == y).ToDictionaryAsync(r => r.IndicatorId, ct)
            : [];
        return indicators.Select(i => new IndicatorDto(
                i.Code, i.Name, i.Unit.ToString(), i.Direction.ToString(), i.Formula.ToString(), i.Category.ToString(),
                i.Traeger.ToString(), i.EntryLevels.ToString(), i.Description,
                i.Components.OrderBy(c => c.SortOrder).Select(c => new ComponentDto(c.Code, c.Name, c.Kind.ToString())).ToList(),
                switches.GetValueOrDefault(i.Id)?.Active ?? true, switches.GetValueOrDefault(i.Id)?.Reason,
                switches.GetValueOrDefault(i.Id)?.Version))
            .ToList();
    }
}

public sealed record IndicatorDto(
    string Code, string Name, string Unit, string Direction, string Formula, string Category, string Traeger,
    string EntryLevels, string? Description, IReadOnlyList<ComponentDto> Components,
    bool Active = true, string? Reason = null, Guid? Version = null);

public sealed record ComponentDto(string Code, string Name, string Unit);
