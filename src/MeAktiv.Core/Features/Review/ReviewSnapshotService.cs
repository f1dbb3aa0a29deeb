using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Features.Reports;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Review;

/// <summary>
/// Freezes the review slides of a quarter ("Präsentation einfrieren"), lists and loads frozen snapshots, and compares
/// a snapshot with the figures of today. Freezing is for Geschäftsführung and Bereichsleitung (who hold the meetings);
/// everyone who may see the review screen may view snapshots.
/// </summary>
public sealed class ReviewSnapshotService(IDbContextFactory<AppDbContext> factory, ReviewService review, SmallCellRule cells, TimeProvider time)
{
    public static bool MayFreeze(UserScope scope) =>
        scope.IsInRole(Roles.Geschaeftsfuehrung) || scope.IsInRole(Roles.Bereichsleitung);

    public async Task<ReviewSnapshotInfo> FreezeAsync(UserScope scope, int year, int quarter, string? title, Guid? meetingId,
        CancellationToken ct = default)
    {
        if (!MayFreeze(scope))
        {
            throw new ReviewForbiddenException("Nur Geschäftsführung und Bereichsleitung dürfen eine Präsentation einfrieren.");
        }

        var text = string.IsNullOrWhiteSpace(title) ? $"Präsentation {Common.German.Quarter(quarter, year)}" : title.Trim();
        if (text.Length > 200)
        {
            throw new ReportInputException("Der Titel darf höchstens 200 Zeichen lang sein.");
        }

        var model = await review.BuildAsync(scope, year, quarter, ct);
        var snapshot = new ReviewSnapshot
        {
            Year = year, Quarter = quarter, Title = text, MeetingId = meetingId, CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedBy = scope.UserName, ModelJson = ReviewJson.Serialize(model),
        };
        await using var db = await factory.CreateDbContextAsync(ct);
        db.ReviewSnapshots.Add(snapshot);
        await db.SaveChangesAsync(ct);
        return Info(snapshot);
    }

    public async Task<IReadOnlyList<ReviewSnapshotInfo>> ListAsync(int? year = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.ReviewSnapshots.AsNoTracking()
            .Where(s => year == null || s.Year == year)
            .Select(s => new ReviewSnapshotInfo(s.Id, s.Year, s.Quarter, s.Title, s.MeetingId, s.CreatedAt, s.CreatedBy))
            .ToListAsync(ct);
        return rows.OrderByDescending(s => s.CreatedAt).ToList();
    }

    /// <summary>
    /// The snapshot and its frozen model, exactly as stored; null if there is no such snapshot. A caller who may not see
    /// the unit of a frozen measure (a Teamleitung of another team, the Träger for a team) gets the model without it;
    /// the Träger get small counts removed (<see cref="ReviewPrivacy"/>).
    /// </summary>
    public async Task<FrozenReview?> GetAsync(UserScope scope, Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var snapshot = await db.ReviewSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (snapshot is null)
        {
            return null;
        }

        var frozen = ReviewJson.Deserialize(snapshot.ModelJson);
        // frozen by someone who reads money; a caller who reads none gets the slides without the budget
        var model = frozen.Budget is not null && !Budget.BudgetRights.CanReadTotals(scope) ? frozen with { Budget = null } : frozen;

        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Code, u.Id }).ToListAsync(ct);
        var visible = units.Where(u => scope.CanSee(u.Id)).Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var measures = model.Measures.Where(m => visible.Count == units.Count || (m.UnitCode is { } code && visible.Contains(code))).ToList();
        var (shown, _) = ReviewPrivacy.Apply(cells.For(scope), measures.Count == model.Measures.Count ? model : model with { Measures = measures });
        return ReferenceEquals(shown, frozen)
            ? new FrozenReview(Info(snapshot), model, snapshot.ModelJson)
            : new FrozenReview(Info(snapshot), shown, ReviewJson.Serialize(shown));
    }

    /// <summary>
    /// What changed since the snapshot: per target and monitoring figure, the frozen value and the current one — or,
    /// with <paramref name="laterId"/>, the one of that later snapshot (two frozen Stände); a changed target version
    /// is spelled out (<see cref="ReviewTargetChange"/>). Null if a snapshot does not exist.
    /// </summary>
    public async Task<ReviewComparison?> CompareAsync(UserScope scope, Guid id, CancellationToken ct = default, Guid? laterId = null)
    {
        if (await GetAsync(scope, id, ct) is not { } frozen)
        {
            return null;
        }

        var later = laterId is { } other ? await GetAsync(scope, other, ct) : null;
        if (laterId is not null && later is null)
        {
            return null;
        }

        var now = later?.Model ?? await review.BuildAsync(scope, frozen.Info.Year, frozen.Info.Quarter, ct);
        var current = now.Targets.Concat(now.Monitoring).ToDictionary(s => s.Code);
        var lines = frozen.Model.Targets.Concat(frozen.Model.Monitoring)
            .Select(f => (Frozen: f, Now: current.GetValueOrDefault(f.Code)))
            .Select(x => new ReviewChange(x.Frozen.Code, x.Frozen.Name, x.Frozen.Unit, x.Frozen.IsChange,
                x.Frozen.Actual, x.Now?.Actual, x.Frozen.Target, x.Now?.Target, x.Frozen.Light, x.Now?.Light,
                !string.Equals(x.Frozen.Comment ?? "", x.Now?.Comment ?? "", StringComparison.Ordinal))
            {
                TargetChange = ReviewTargetChange.Text(frozen.Model.UnitName, x.Frozen, x.Now),
            })
            .ToList();
        var added = now.Targets.Concat(now.Monitoring).Where(s => frozen.Model.Targets.Concat(frozen.Model.Monitoring).All(f => f.Code != s.Code))
            .Select(s => s.Name).ToList();
        return new ReviewComparison(frozen.Info, lines, added) { Later = later?.Info };
    }

    private static ReviewSnapshotInfo Info(ReviewSnapshot s) => new(s.Id, s.Year, s.Quarter, s.Title, s.MeetingId, s.CreatedAt, s.CreatedBy);
}

public sealed record ReviewSnapshotInfo(Guid Id, int Year, int Quarter, string Title, Guid? MeetingId, DateTime CreatedAt, string CreatedBy);

public sealed record FrozenReview(ReviewSnapshotInfo Info, ReviewModel Model, string Json);

/// <summary>A target whose frozen and current figures are compared; <see cref="HasChanged"/> if value, target, light or comment differ.</summary>
public sealed record ReviewChange(string Code, string Name, IndicatorUnit Unit, bool IsChange, decimal? FrozenActual, decimal? CurrentActual,
    decimal? FrozenTarget, decimal? CurrentTarget, Kennzahlen.TrafficLight FrozenLight, Kennzahlen.TrafficLight? CurrentLight, bool CommentChanged)
{
    public bool HasChanged => FrozenActual != CurrentActual || FrozenTarget != CurrentTarget || FrozenLight != CurrentLight || CommentChanged
                              || TargetChange is not null;

    /// <summary>"K2 Jobcenter: Ziel 21,40 % (vorläufig, V2) → 21,60 % (angepasst, V4): reason" when the target version changed.</summary>
    public string? TargetChange { get; init; }

    public decimal? Difference => CurrentActual - FrozenActual;
}

public sealed record ReviewComparison(ReviewSnapshotInfo Info, IReadOnlyList<ReviewChange> Lines, IReadOnlyList<string> NewTargets)
{
    /// <summary>The later snapshot compared with; null: compared with today.</summary>
    public ReviewSnapshotInfo? Later { get; init; }
}

public sealed class ReviewForbiddenException(string message) : Exception(message);
