using FluentValidation;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>A fixed date as the maintenance page and <c>GET /api/v1/fixed-dates</c> show it.</summary>
public sealed record FixedDateRow(string Code, DateOnly Date, string Title, string? Description, IReadOnlyList<string> Audience,
    bool Yearly, string? Source, bool Cancelled, Guid Version, string? UpdatedBy, DateTime? UpdatedAt);

/// <summary>
/// Maintains the fixed dates (<see cref="FixedDate"/>): create, change, cancel (a cancelled date is kept, so that the
/// seed file does not bring it back, and is listed on no Termine list). Administration and Geschäftsführung write
/// (<see cref="TerminWrites{T}"/>: 403, 400, 409, audit); everybody reads.
/// </summary>
public sealed class FixedDateService(IDbContextFactory<AppDbContext> factory, IValidator<FixedDateInput> validator, TimeProvider clock)
{
    private const string What = "Der Termin";

    public async Task<IReadOnlyList<FixedDateRow>> ListAsync(int year, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var dates = await db.FixedDates.AsNoTracking()
            .Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31)).ToListAsync(ct);
        return [.. dates.OrderBy(d => d.Date).ThenBy(d => d.Code, StringComparer.Ordinal).Select(Row)];
    }

    public async Task<MasterDataResult> CreateAsync(UserScope scope, FixedDateInput input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Writes(db, scope).CreateAsync(validator, input, input.Code,
            code => new FixedDate { Code = code, Title = "", Audience = "" }, d => Apply(d, input), ct);
    }

    public async Task<MasterDataResult> UpdateAsync(UserScope scope, string code, FixedDateInput input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Writes(db, scope).ChangeAsync(validator, input, code, input.Version, d => Apply(d, input), ct);
    }

    public async Task<MasterDataResult> CancelAsync(UserScope scope, string code, Guid? version, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Writes(db, scope).CancelAsync(code, version, ct);
    }

    private TerminWrites<FixedDate> Writes(AppDbContext db, UserScope scope) =>
        new(db, db.FixedDates, scope, clock.GetUtcNow().UtcDateTime, What);

    private static Task<MasterDataResult?> Apply(FixedDate date, FixedDateInput input)
    {
        date.Date = input.Date!.Value;
        date.Title = input.Title!.Trim();
        date.Description = TerminRules.Optional(input.Description);
        date.Audience = TerminRules.Audience(input.Audience);
        date.Yearly = input.Yearly;
        date.Source = TerminRules.Optional(input.Source);
        return Task.FromResult<MasterDataResult?>(null);
    }

    private static FixedDateRow Row(FixedDate d) => new(d.Code, d.Date, d.Title, d.Description, TerminRules.Roles(d.Audience),
        d.Yearly, d.Source, d.Cancelled, d.Version, d.UpdatedBy, d.UpdatedAt);
}
