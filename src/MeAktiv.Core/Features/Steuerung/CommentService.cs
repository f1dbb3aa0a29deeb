using System.Text.Json;
using FluentValidation;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The Kommentierung of an indicator at a unit for a month: read it with its edit history (from the audit history),
/// write it with the version check. Who may write: <see cref="SteuerungRights.CanComment"/>.
/// </summary>
public sealed class CommentService(IDbContextFactory<AppDbContext> factory, IValidator<CommentInput> validator, TimeProvider clock,
    PeopleQueries people)
{
    public async Task<CommentView?> GetAsync(UserScope scope, string indicatorCode, string unitCode, int year, int month,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (indicator, unit) = await FindAsync(db, indicatorCode, unitCode, ct);
        if (indicator is null || unit is null || !scope.CanSee(unit.Value))
        {
            return null;
        }

        var comment = await db.IndicatorComments.AsNoTracking()
            .FirstOrDefaultAsync(c => c.IndicatorId == indicator && c.OrgUnitId == unit && c.Year == year && c.Month == month, ct);
        var history = new List<CommentVersion>();
        if (comment is not null)
        {
            var key = comment.Id.ToString();
            var entries = await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == nameof(IndicatorComment) && a.EntityKey == key)
                .OrderBy(a => a.Id).ToListAsync(ct);
            var names = await people.DisplayNamesAsync(entries.Select(e => e.User), ct);
            history.AddRange(entries
                .Select(e => new CommentVersion(e.At, names.GetValueOrDefault(e.User, e.User), TextOf(e.NewValues)))
                .Where(v => v.Text is not null)
                .Reverse());
        }

        var authors = await people.DisplayNamesAsync(comment is null ? [] : [comment.UpdatedBy], ct);
        return new CommentView(comment?.Text, comment is null ? null : authors.GetValueOrDefault(comment.UpdatedBy, comment.UpdatedBy),
            comment?.UpdatedAt, comment?.Version, history, SteuerungRights.CanComment(scope, unit.Value));
    }

    public async Task<SteuerungResult> SaveAsync(UserScope scope, CommentInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return SteuerungResult.Invalid(validation);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var (indicator, unit) = await FindAsync(db, input.IndicatorCode, input.UnitCode, ct);
        if (indicator is null || unit is null || !scope.CanSee(unit.Value))
        {
            return SteuerungResult.NotFound($"Die Kennzahl '{input.IndicatorCode}' oder die Einheit '{input.UnitCode}'");
        }

        if (!SteuerungRights.CanComment(scope, unit.Value))
        {
            return SteuerungResult.Forbidden("Kommentieren dürfen die Geschäftsführung, die Bereichsleitung und die Teamleitung für ihre eigenen Teams.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var comment = await db.IndicatorComments
            .FirstOrDefaultAsync(c => c.IndicatorId == indicator && c.OrgUnitId == unit && c.Year == input.Year && c.Month == input.Month, ct);
        if (comment is null)
        {
            if (input.Version is not null)
            {
                return SteuerungResult.Fail(WorkflowFailure.Conflict, "Der Kommentar wurde inzwischen gelöscht. Bitte neu laden.");
            }

            comment = new IndicatorComment
            {
                IndicatorId = indicator.Value, OrgUnitId = unit.Value, Year = input.Year, Month = input.Month, Text = input.Text.Trim(),
                CreatedBy = scope.UserName, CreatedAt = now, UpdatedBy = scope.UserName, UpdatedAt = now,
            };
            db.IndicatorComments.Add(comment);
        }
        else
        {
            if (input.Version != comment.Version)
            {
                return SteuerungResult.Conflict(comment.UpdatedBy, comment.UpdatedAt);
            }

            db.Entry(comment).Property(c => c.Version).OriginalValue = input.Version.Value;
            (comment.Text, comment.UpdatedBy, comment.UpdatedAt, comment.Version) = (input.Text.Trim(), scope.UserName, now, Guid.NewGuid());
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent save of the same comment: a stale version, or a second first comment (unique index).
            return SteuerungResult.Fail(WorkflowFailure.Conflict, "Jemand hat den Kommentar gerade gespeichert. Bitte neu laden.");
        }

        return SteuerungResult.Done(comment.Id, comment.Version);
    }

    private static async Task<(int? Indicator, int? Unit)> FindAsync(AppDbContext db, string indicatorCode, string unitCode, CancellationToken ct)
    {
        var indicator = await db.Indicators.AsNoTracking().Where(i => i.Code == indicatorCode.ToUpper()).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Code == unitCode.ToUpper()).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        return (indicator, unit);
    }

    private static string? TextOf(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.TryGetProperty(nameof(IndicatorComment.Text), out var text) ? text.GetString() : null;
    }
}

/// <summary>The comment (null text: none yet), its version for the next save, and every earlier text, newest first.</summary>
public sealed record CommentView(string? Text, string? UpdatedBy, DateTime? UpdatedAt, Guid? Version,
    IReadOnlyList<CommentVersion> History, bool CanEdit);

public sealed record CommentVersion(DateTime At, string By, string? Text);
