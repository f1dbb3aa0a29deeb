using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// Whether the comments given with a submit cover the month's deviations: each deviation without a stored comment needs
/// one (a blank text counts as none); a comment for an indicator that is not off track, given twice or too long is
/// refused, one for a deviation commented meanwhile is a conflict. Nothing is stored unless everything fits.
/// </summary>
internal static class DeviationComments
{
    public static (Refusal? Refusal, IReadOnlyList<(string Indicator, string Text)> Accepted) Check(
        IReadOnlyList<Deviation> deviations, IReadOnlyList<DeviationComment> comments, DeviationLevel level)
    {
        var given = comments.OfType<DeviationComment>().Where(c => !string.IsNullOrWhiteSpace(c.Text))
            .Select(c => (Indicator: (c.Indicator ?? "").Trim().ToUpperInvariant(), Text: c.Text!.Trim())).ToList();
        var byCode = deviations.ToDictionary(d => d.Indicator.ToUpperInvariant());
        foreach (var (indicator, text) in given)
        {
            if (indicator.Length == 0)
            {
                return (new(WorkflowFailure.Invalid, "Bitte zu jedem Kommentar die Kennzahl angeben (\"indicator\", z. B. \"K2\")."), []);
            }

            if (!byCode.TryGetValue(indicator, out var deviation))
            {
                return (new(WorkflowFailure.Invalid, $"Die Kennzahl '{indicator}' weicht im Monat nicht ab ({DeviationRule.Text(level)}): " +
                    "ein Kommentar dazu gehört auf die Seite der Kennzahl, nicht zum Einreichen."), []);
            }

            if (given.Count(g => g.Indicator == indicator) > 1)
            {
                return (new(WorkflowFailure.Invalid, $"Zur Kennzahl '{deviation.Indicator}' bitte nur einen Kommentar angeben."), []);
            }

            if (text.Length > IndicatorComment.MaxTextLength)
            {
                return (new(WorkflowFailure.Invalid, $"Der Kommentar zu '{deviation.Indicator}' darf höchstens 4.000 Zeichen lang sein."), []);
            }

            if (deviation.IsCommented)
            {
                return (new(WorkflowFailure.Conflict, $"Die Kennzahl '{deviation.Indicator}' ist für den Monat inzwischen kommentiert. " +
                    "Bitte neu laden; ändern lässt sich der Kommentar auf der Seite der Kennzahl."), []);
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

    /// <summary>Adds the accepted comments as new <see cref="IndicatorComment"/>s to <paramref name="db"/> (saved, and audited, with the submit).</summary>
    public static async Task AddAsync(AppDbContext db, IReadOnlyList<(string Indicator, string Text)> accepted, int unitId,
        int year, int month, string user, DateTime now, CancellationToken ct)
    {
        if (accepted.Count == 0)
        {
            return;
        }

        var codes = accepted.Select(a => a.Indicator).ToList();
        var ids = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code.ToUpperInvariant(), i => i.Id, ct);
        db.IndicatorComments.AddRange(accepted.Select(a => new IndicatorComment
        {
            IndicatorId = ids[a.Indicator], OrgUnitId = unitId, Year = year, Month = month, Text = a.Text,
            CreatedBy = user, CreatedAt = now, UpdatedBy = user, UpdatedAt = now,
        }));
    }
}
