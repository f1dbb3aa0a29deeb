using FluentValidation;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Indicators;

/// <summary>Switch an indicator on or off for a year: the reason (required to switch off) and the version read
/// (null while the indicator was never switched for the year).</summary>
public sealed record IndicatorSwitchInput(bool Active, string? Reason, Guid? Version);

public sealed class IndicatorSwitchInputValidator : AbstractValidator<IndicatorSwitchInput>
{
    public IndicatorSwitchInputValidator()
    {
        RuleFor(s => s.Reason).NotEmpty().When(s => !s.Active)
            .WithMessage("Bitte einen Grund angeben, warum die Kennzahl abgeschaltet wird.");
        RuleFor(s => s.Reason).MaximumLength(400).WithMessage("Der Grund darf höchstens 400 Zeichen lang sein.");
    }
}

/// <summary>
/// Switches an indicator on or off for a year (<see cref="IndicatorYear"/>, page <c>/verwaltung/kennzahlen</c> and
/// <c>PUT /api/v1/indicators/{code}/years/{year}</c>): Administration and Geschäftsführung (<see cref="MasterDataRights"/>),
/// a reason to switch off, the version read (409 when stale). The row is audited by the interceptor with the reason;
/// nothing else changes: the figures stay stored, and every view follows at its next load (<see cref="IndicatorActivation"/>).
/// </summary>
public sealed class IndicatorYearService(IDbContextFactory<AppDbContext> factory, IValidator<IndicatorSwitchInput> validator)
{
    public async Task<MasterDataResult> SwitchAsync(UserScope scope, string code, int year, IndicatorSwitchInput input,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await MasterDataWrite.RunAsync(scope, validator, input, db, async () =>
        {
            var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code.Trim().ToUpper(), ct);
            if (indicator is null)
            {
                return MasterDataResult.NotFound($"Die Kennzahl '{code}' gibt es nicht.");
            }

            if (year is < 2000 or > 2100)
            {
                return MasterDataResult.Invalid("Das Jahr muss zwischen 2000 und 2100 liegen.");
            }

            var row = await db.IndicatorYears.FirstOrDefaultAsync(y => y.IndicatorId == indicator.Id && y.Year == year, ct);
            if (row?.Version != input.Version)
            {
                return MasterDataResult.Conflict($"Die Kennzahl {indicator.Code} für {year}");
            }

            if (row is null)
            {
                row = new IndicatorYear { IndicatorId = indicator.Id, Year = year };
                db.IndicatorYears.Add(row);
            }

            row.Active = input.Active;
            row.Reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
            row.Version = Guid.NewGuid();
            db.AuditReason = row.Reason;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return MasterDataResult.Conflict($"Die Kennzahl {indicator.Code} für {year}");
            }

            return MasterDataResult.Done(indicator.Code, row.Version);
        }, ct);
    }
}
