using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// The reference data of THE one load (units, indicators with components, targets with all versions, reporting duties,
/// successor links, the indicators switched off per year) kept in memory with the <see cref="DataStamp.Reference"/>
/// value it was loaded at, and the <see cref="OrganisationData"/> last built from it and a <see cref="FigureWindow"/>.
/// Every save that changes reference data sets that stamp anew in its own transaction (<see cref="ReferenceStampInterceptor"/>),
/// so a reader that finds the same stamp knows the data is still the stored one: the same guarantee as
/// <see cref="FigureCache"/>, on every app instance. The loaded entities are shared by every caller and must not be
/// changed (read-only, as the views use them).
/// </summary>
public sealed class ReferenceCache
{
    private const int MaxBuilt = 6;
    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _built = new();
    private ReferenceData? _data;

    /// <summary>One cold load at a time: the first requests after a start or a save wait for the load under way (e.g. the
    /// warm-up's) and then find its result, instead of loading the same data beside it.</summary>
    internal SemaphoreSlim Loading { get; } = new(1, 1);

    /// <summary>The reference data loaded at <paramref name="stamp"/>, if it is the one kept.</summary>
    internal ReferenceData? Cached(long stamp) => Volatile.Read(ref _data) is { } cached && cached.Stamp == stamp ? cached : null;

    /// <summary>The reference data as stored at <paramref name="stamp"/> (read before the data): cached or loaded.</summary>
    internal async Task<ReferenceData> GetAsync(AppDbContext db, long stamp, CancellationToken ct)
    {
        if (Cached(stamp) is { } cached)
        {
            return cached;
        }

        var loaded = await ReferenceData.LoadAsync(db, stamp, ct);
        Volatile.Write(ref _data, loaded);
        return loaded;
    }

    /// <summary>The organisation of <paramref name="fromYear"/>..<paramref name="toYear"/> over this reference data and
    /// window: built once per pair and shared (its derived values are thread-safe), so a warm read builds nothing.</summary>
    internal OrganisationData Organisation(ReferenceData reference, FigureWindow window, int fromYear, int toYear)
    {
        if (Built(reference, window, fromYear, toYear) is { } built)
        {
            return built;
        }

        var data = new OrganisationData(reference.Units, reference.Indicators, reference.TargetsOf(fromYear, toYear),
            reference.Duties, window, reference.Activation, reference.Links);
        lock (_gate)
        {
            _built.AddFirst(new Entry(fromYear, toYear, reference, window, data));
            while (_built.Count > MaxBuilt)
            {
                _built.RemoveLast();
            }
        }

        return data;
    }

    /// <summary>The organisation already built over this reference data and window, or null.</summary>
    internal OrganisationData? Built(ReferenceData reference, FigureWindow window, int fromYear, int toYear)
    {
        lock (_gate)
        {
            for (var node = _built.First; node is not null; node = node.Next)
            {
                var b = node.Value;
                if (b.FromYear == fromYear && b.ToYear == toYear && ReferenceEquals(b.Reference, reference) && ReferenceEquals(b.Window, window))
                {
                    _built.Remove(node);
                    _built.AddFirst(node);
                    return b.Data;
                }
            }
        }

        return null;
    }

    private sealed record Entry(int FromYear, int ToYear, ReferenceData Reference, FigureWindow Window, OrganisationData Data);
}

/// <summary>The reference data as loaded at one value of the reference stamp (see <see cref="ReferenceCache"/>).</summary>
internal sealed class ReferenceData
{
    private ReferenceData(long stamp, List<OrgUnit> units, List<Indicator> indicators, List<Target> targets,
        List<ReportingDuty> duties, List<SuccessorLink> links, IndicatorActivation activation)
    {
        (Stamp, Units, Indicators, Targets, Duties, Links, Activation) = (stamp, units, indicators, targets, duties, links, activation);
    }

    public long Stamp { get; }

    public IReadOnlyList<OrgUnit> Units { get; }

    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The targets of every year with all their versions.</summary>
    public IReadOnlyList<Target> Targets { get; }

    public IReadOnlyList<ReportingDuty> Duties { get; }

    public IReadOnlyList<SuccessorLink> Links { get; }

    public IndicatorActivation Activation { get; }

    /// <summary>The targets a load of the years holds: of the years and of the years before whose periods may reach into them.</summary>
    public List<Target> TargetsOf(int fromYear, int toYear) =>
        Targets.Where(t => t.Year >= fromYear - OrganisationData.PeriodYearsBack && t.Year <= toYear).ToList();

    public static async Task<ReferenceData> LoadAsync(AppDbContext db, long stamp, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Components)
            .OrderBy(i => i.SortOrder).ToListAsync(ct);
        var targets = await db.Targets.AsNoTracking().Include(t => t.Versions).ToListAsync(ct);
        var duties = await DatenstandQueries.LoadDutiesAsync(db, ct);
        var links = (await db.OrgUnitSuccessors.AsNoTracking().Include(s => s.Component).ThenInclude(c => c!.Indicator).ToListAsync(ct))
            .Select(LinkOf).ToList();
        var activation = await DatenstandQueries.LoadActivationAsync(db, ct);
        return new ReferenceData(stamp, units, indicators, targets, duties, links, activation);
    }

    /// <summary>A link as the adjustment reads it: from the first whole month the successor serves (the month of the
    /// date when it is the 1st, else the next), the share in percent as 0..1.</summary>
    private static SuccessorLink LinkOf(OrgUnitSuccessor s)
    {
        var first = s.Date.Day == 1 ? s.Date : new DateOnly(s.Date.Year, s.Date.Month, 1).AddMonths(1);
        return new SuccessorLink(s.PredecessorId, s.SuccessorId, first.Year, first.Month, s.Share / 100m,
            s.Component?.Indicator?.Code, s.Component?.Code);
    }
}
