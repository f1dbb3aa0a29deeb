using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// Whether the comments given with a submit cover the month's deviations: each deviation without a stored comment needs
/// one (a blank text counts as none). A comment on an indicator that is not off track is stored too (the submitter may
/// comment its unit's indicators anyway); one without an indicator, given twice or too long is refused, one for an
/// indicator commented already is a conflict. Nothing is stored unless everything fits.
/// </summary>
internal static class DeviationComments
{
    public static (Refusal? Refusal, IReadOnlyList<(string Indicator, string Text)> Accepted) Check(
        IReadOnlyList<Deviation> deviations, IReadOnlyList<DeviationComment> comments, DeviationLevel level)
    {
        var given = comments.OfType<DeviationComment>().Where(c => !string.IsNullOrWhiteSpace(c.Text))
            .Select(c => (Indicator: (c.Indicator ?? "").Trim().ToUpperInvariant(), Text: c.Text!.Trim())).ToList();
        foreach (var (indicator, text) in given)
        {
            if (indicator.Length == 0)
            {
                return (new(WorkflowFailure.Invalid, "Bitte zu jedem Kommentar die Kennzahl angeben (\"indicator\", z. B. \"K2\")."), []);
            }

            if (given.Count(g => g.Indicator == indicator) > 1)
            {
                return (new(WorkflowFailure.Invalid, $"Zur Kennzahl '{indicator}' bitte nur einen Kommentar angeben."), []);
            }

            if (text.Length > IndicatorComment.MaxTextLength)
            {
                return (new(WorkflowFailure.Invalid, $"Der Kommentar zu '{indicator}' darf höchstens 4.000 Zeichen lang sein."), []);
            }
        }

        var missing = deviations.Where(d => !d.IsCommented && given.All(g => g.Indicator != d.Indicator.ToUpperInvariant())).ToList();
        if (missing.Count > 0)
        {
            return (new(WorkflowFailure.CommentsRequired,
                $"Bitte zu jedem Ziel, das {DeviationRule.Text(level)} ist, einen Kommentar angeben: {string.Join(", ", missing.Select(d => d.Indicator))}.",
                Deviations: missing), []);
        }

        return (null, given);
    }

    /// <summary>
    /// Adds the accepted comments as new <see cref="IndicatorComment"/>s to <paramref name="db"/> (saved, and audited, with
    /// the submit). Refused: an indicator that does not exist, or one the unit has commented for the month already (a
    /// comment is changed on the Kennzahl page, with its version: never overwritten silently).
    /// </summary>
    public static async Task<Refusal?> AddAsync(AppDbContext db, IReadOnlyList<(string Indicator, string Text)> accepted, int unitId,
        int year, int month, string user, DateTime now, CancellationToken ct)
    {
        if (accepted.Count == 0)
        {
            return null;
        }

        var codes = accepted.Select(a => a.Indicator).ToList();
        var ids = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code.ToUpperInvariant(), i => i.Id, ct);
        if (codes.FirstOrDefault(c => !ids.ContainsKey(c)) is { } unknown)
        {
            return new(WorkflowFailure.Invalid, $"Die Kennzahl '{unknown}' gibt es nicht.");
        }

        var idList = ids.Values.ToList();
        var commented = await db.IndicatorComments.AsNoTracking()
            .Where(c => c.OrgUnitId == unitId && c.Year == year && c.Month == month && idList.Contains(c.IndicatorId))
            .Select(c => c.IndicatorId).ToListAsync(ct);
        if (ids.FirstOrDefault(i => commented.Contains(i.Value)) is { Key: { } code })
        {
            return new(WorkflowFailure.Conflict, $"Die Kennzahl '{code}' ist für den Monat bereits kommentiert. " +
                "Bitte neu laden; ändern lässt sich der Kommentar auf der Seite der Kennzahl.");
        }

        db.IndicatorComments.AddRange(accepted.Select(a => new IndicatorComment
        {
            IndicatorId = ids[a.Indicator], OrgUnitId = unitId, Year = year, Month = month, Text = a.Text,
            CreatedBy = user, CreatedAt = now, UpdatedBy = user, UpdatedAt = now,
        }));
        return null;
    }
}
