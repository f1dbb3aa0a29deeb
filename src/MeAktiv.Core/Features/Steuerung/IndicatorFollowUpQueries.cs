using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// What the Steuerung has on some indicators at a unit, for the morning summary of the Gesamtübersicht: the latest
/// comment at the unit up to a month, and the measures at the unit or below that are active or due in the month's
/// year. Two queries, whatever the number of indicators. Read rules: comments and measures of units the caller may
/// not see (for the Träger: the teams) are not listed, only counted (<see cref="IndicatorFollowUp.HiddenActiveMeasures"/>),
/// so "rot ohne aktive Maßnahme" stays true without showing a team's measure.
/// </summary>
public sealed class IndicatorFollowUpQueries(IDbContextFactory<AppDbContext> factory, PeopleQueries people)
{
    public async Task<IReadOnlyDictionary<string, IndicatorFollowUp>> ForAsync(UserScope scope, int unitId,
        IReadOnlyCollection<int> subtree, YearMonth upTo, IReadOnlyCollection<string> indicatorCodes, CancellationToken ct = default)
    {
        if (indicatorCodes.Count == 0)
        {
            return new Dictionary<string, IndicatorFollowUp>();
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var key = upTo.Year * 12 + upTo.Month;
        var comments = scope.CanSee(unitId)
            ? await (from c in db.IndicatorComments.AsNoTracking()
                     join i in db.Indicators on c.IndicatorId equals i.Id
                     where c.OrgUnitId == unitId && indicatorCodes.Contains(i.Code) && c.Year * 12 + c.Month <= key
                     select new { i.Code, c.Year, c.Month, c.Text, c.UpdatedBy, c.UpdatedAt })
                .ToListAsync(ct)
            : [];
        var yearStart = new DateOnly(upTo.Year, 1, 1);
        var measures = await db.Measures.AsNoTracking()
            .Where(m => subtree.Contains(m.OrgUnitId)
                && (m.Status == MeasureStatus.Offen || m.Status == MeasureStatus.InUmsetzung || m.DueDate >= yearStart))
            .Select(m => new
            {
                m.Id, m.Title, m.OrgUnitId, UnitCode = m.OrgUnit!.Code, UnitName = m.OrgUnit.Name, m.Status, m.DueDate,
                Codes = m.Indicators.Select(i => i.Indicator!.Code).ToList(),
            })
            .ToListAsync(ct);
        var latest = comments.GroupBy(c => c.Code)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Year * 12 + c.Month).First(), StringComparer.OrdinalIgnoreCase);
        var names = latest.Count == 0 ? new Dictionary<string, string>()
            : await people.DisplayNamesAsync(latest.Values.Select(c => c.UpdatedBy), ct);
        return indicatorCodes.ToDictionary(code => code, code =>
        {
            var mine = measures.Where(m => m.Codes.Contains(code, StringComparer.OrdinalIgnoreCase)).ToList();
            var shown = mine.Where(m => scope.CanSee(m.OrgUnitId))
                .OrderBy(m => MeasureStatusMachine.IsActive(m.Status) ? 0 : 1).ThenBy(m => m.DueDate)
                .Select(m => new FollowUpMeasure(m.Id, m.Title, m.UnitCode, m.UnitName, m.Status, m.DueDate))
                .ToList();
            var comment = latest.GetValueOrDefault(code) is { } c
                ? new FollowUpComment(c.Text, new YearMonth(c.Year, c.Month), names.GetValueOrDefault(c.UpdatedBy, c.UpdatedBy), c.UpdatedAt)
                : null;
            return new IndicatorFollowUp(comment, shown,
                mine.Count(m => !scope.CanSee(m.OrgUnitId) && MeasureStatusMachine.IsActive(m.Status)));
        }, StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>An indicator's latest comment and measures at a unit (see <see cref="IndicatorFollowUpQueries"/>).</summary>
/// <param name="HiddenActiveMeasures">Active measures at units below that the caller may not see: counted, not shown.</param>
public sealed record IndicatorFollowUp(FollowUpComment? Comment, IReadOnlyList<FollowUpMeasure> Measures, int HiddenActiveMeasures)
{
    /// <summary>True when a measure is open or in progress (shown or not).</summary>
    public bool HasActiveMeasure => HiddenActiveMeasures > 0 || Measures.Any(m => MeasureStatusMachine.IsActive(m.Status));
}

/// <summary>A comment (Kommentierung) as the summary shows it: its text, its month, who wrote it last and when.</summary>
public sealed record FollowUpComment(string Text, YearMonth Month, string By, DateTime At);

/// <summary>A measure as the summary lists it.</summary>
public sealed record FollowUpMeasure(Guid Id, string Title, string UnitCode, string UnitName, MeasureStatus Status, DateOnly DueDate);
