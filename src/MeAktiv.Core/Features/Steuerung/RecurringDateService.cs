using FluentValidation;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>A recurring meeting as the maintenance page and <c>GET /api/v1/recurring-dates</c> show it
/// (<see cref="Rule"/>: the pattern in German).</summary>
public sealed record RecurringDateRow(string Code, string Title, string? Description, string Unit, OrgUnitKind? EachKind,
    RecurrencePattern Pattern, int Day, DayOfWeek? Weekday, string Rule, DateOnly From, DateOnly? To, IReadOnlyList<string> Audience,
    string? Source, bool Cancelled, Guid Version, string? UpdatedBy, DateTime? UpdatedAt);

/// <summary>
/// Maintains the recurring meetings (<see cref="RecurringDate"/>) like the fixed dates (<see cref="TerminWrites{T}"/>:
/// Administration and Geschäftsführung, 403, 400, 409, audit); the unit must exist, and a unit kind "each" must lie
/// below the unit's kind. Everybody reads the rules of the units they see.
/// </summary>
public sealed class RecurringDateService(IDbContextFactory<AppDbContext> factory, IValidator<RecurringDateInput> validator, TimeProvider clock)
{
    private const string What = "Der regelmäßige Termin";

    /// <summary>The rules of the units the caller sees.</summary>
    public async Task<IReadOnlyList<RecurringDateRow>> ListAsync(UserScope scope, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rules = (await db.RecurringDates.AsNoTracking().Include(r => r.OrgUnit).ToListAsync(ct)).Where(r => scope.CanSee(r.OrgUnitId));
        return [.. rules.OrderBy(r => r.Cancelled).ThenBy(r => r.Code, StringComparer.Ordinal).Select(r => new RecurringDateRow(
            r.Code, r.Title, r.Description, r.OrgUnit!.Code, r.EachKind, r.Pattern, r.Day, r.Weekday, Recurrence.Text(r), r.From, r.To,
            TerminRules.Roles(r.Audience), r.Source, r.Cancelled, r.Version, r.UpdatedBy, r.UpdatedAt))];
    }

    public async Task<MasterDataResult> CreateAsync(UserScope scope, RecurringDateInput input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Writes(db, scope).CreateAsync(validator, input, input.Code,
            code => new RecurringDate { Code = code, Title = "", Audience = "" }, r => ApplyAsync(db, r, input, ct), ct);
    }

    public async Task<MasterDataResult> UpdateAsync(UserScope scope, string code, RecurringDateInput input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Writes(db, scope).ChangeAsync(validator, input, code, input.Version, r => ApplyAsync(db, r, input, ct), ct);
    }

    public async Task<MasterDataResult> CancelAsync(UserScope scope, string code, Guid? version, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Writes(db, scope).CancelAsync(code, version, ct);
    }

    private TerminWrites<RecurringDate> Writes(AppDbContext db, UserScope scope) =>
        new(db, db.RecurringDates, scope, clock.GetUtcNow().UtcDateTime, What);

    private static async Task<MasterDataResult?> ApplyAsync(AppDbContext db, RecurringDate rule, RecurringDateInput input, CancellationToken ct)
    {
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == input.UnitCode!.Trim().ToUpper(), ct);
        if (unit is null)
        {
            return MasterDataResult.Invalid($"Die Einheit '{input.UnitCode}' gibt es nicht.");
        }

        if (input.EachKind is { } kind && kind < unit.Kind)
        {
            return MasterDataResult.Invalid($"Unter {unit.Name} gibt es keine Einheiten der Art {Common.German.KindName(kind)}.");
        }

        rule.Title = input.Title!.Trim();
        rule.Description = TerminRules.Optional(input.Description);
        rule.OrgUnitId = unit.Id;
        rule.EachKind = input.EachKind;
        rule.Pattern = input.Pattern;
        rule.Day = input.Day;
        rule.Weekday = input.Pattern == RecurrencePattern.NthWeekday ? input.Weekday : null;
        rule.From = input.From!.Value;
        rule.To = input.To;
        rule.Audience = TerminRules.Audience(input.Audience);
        rule.Source = TerminRules.Optional(input.Source);
        return null;
    }
}
