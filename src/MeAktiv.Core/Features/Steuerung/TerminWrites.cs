using FluentValidation;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// Create, change and cancel of a Termin (fixed date or recurring meeting) in the frame of all master data
/// (<see cref="MasterDataWrite"/>: rights, validation, one transaction): a new code must be free, a change must name
/// the version read (else 409; the version is also EF's concurrency token, so a save in between ends in 409 too), and
/// every write stamps a new version, who and when. The interceptor audits it.
/// </summary>
internal sealed class TerminWrites<T>(AppDbContext db, DbSet<T> set, UserScope scope, DateTime now, string what)
    where T : class, IMaintainedTermin
{
    public Task<MasterDataResult> CreateAsync<TIn>(IValidator<TIn> validator, TIn input, string? code,
        Func<string, T> create, Func<T, Task<MasterDataResult?>> apply, CancellationToken ct) =>
        MasterDataWrite.RunAsync(scope, validator, input, db, async () =>
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return MasterDataResult.Invalid("Bitte einen Code angeben, z. B. MESSE-2015.");
            }

            var key = code.Trim();
            if (await set.AnyAsync(t => t.Code == key, ct))
            {
                return MasterDataResult.Invalid($"Den Code '{key}' gibt es schon.");
            }

            var termin = create(key);
            if (await apply(termin) is { } refusal)
            {
                return refusal;
            }

            set.Add(termin);
            return await SaveAsync(termin, ct);
        }, ct);

    public Task<MasterDataResult> ChangeAsync<TIn>(IValidator<TIn> validator, TIn input, string code, Guid? version,
        Func<T, Task<MasterDataResult?>> apply, CancellationToken ct) =>
        MasterDataWrite.RunAsync(scope, validator, input, db, async () =>
        {
            var key = code.Trim().ToUpperInvariant();
            var termin = await set.FirstOrDefaultAsync(t => t.Code == key, ct);
            if (termin is null)
            {
                return MasterDataResult.NotFound($"{what} '{code}' gibt es nicht.");
            }

            if (version != termin.Version)
            {
                return MasterDataResult.Conflict($"{what} '{termin.Code}'");
            }

            return await apply(termin) ?? await SaveAsync(termin, ct);
        }, ct);

    /// <summary>Cancels it (no body: only rights and the version are checked); it stays stored.</summary>
    public Task<MasterDataResult> CancelAsync(string code, Guid? version, CancellationToken ct) =>
        ChangeAsync(new InlineValidator<string>(), code, code, version, t =>
        {
            t.Cancelled = true;
            return Task.FromResult<MasterDataResult?>(null);
        }, ct);

    private async Task<MasterDataResult> SaveAsync(T termin, CancellationToken ct)
    {
        termin.Version = Guid.NewGuid();
        termin.UpdatedBy = scope.UserName;
        termin.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MasterDataResult.Conflict($"{what} '{termin.Code}'");
        }

        return MasterDataResult.Done(termin.Code, termin.Version);
    }
}
