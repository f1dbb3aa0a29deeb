using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.OrgUnits;

/// <summary>One Meldepflicht as entered: indicator, optional component, first month, optional last month (<c>JJJJ-MM</c>).</summary>
public sealed record DutyInput(string Indicator, string? Component, string From, string? To = null);

/// <summary>The whole list of a unit's Meldepflichten after the change, with the version read.</summary>
public sealed record UnitDutiesInput(IReadOnlyList<DutyInput> Duties, string Version);

/// <summary>A unit's Meldepflichten and their version (a fingerprint of the stored list).</summary>
public sealed record UnitDuties(string Unit, string Version, IReadOnlyList<DutyRow> Duties);

public sealed record DutyRow(string Indicator, string? Component, string From, string? To);

public sealed class UnitDutiesInputValidator : AbstractValidator<UnitDutiesInput>
{
    public UnitDutiesInputValidator()
    {
        RuleFor(d => d.Version).NotEmpty().WithMessage("Bitte die Version angeben, die Sie gelesen haben.");
        RuleForEach(d => d.Duties).ChildRules(d =>
        {
            d.RuleFor(x => x.Indicator).NotEmpty().WithMessage("Bitte die Kennzahl angeben.");
            d.RuleFor(x => x.From).Must(m => ReportingDutyService.Month(m) is not null)
                .WithMessage("Der erste Monat wird als JJJJ-MM angegeben, z. B. 2015-04.");
            d.RuleFor(x => x.To).Must(m => ReportingDutyService.Month(m) is not null).When(x => !string.IsNullOrWhiteSpace(x.To))
                .WithMessage("Der letzte Monat wird als JJJJ-MM angegeben (leer: ohne Ende).");
        });
    }
}

/// <summary>
/// Maintains the Meldepflichten (<see cref="ReportingDuty"/>) of a unit: which indicators (or components) it reports from
/// which month to which month. The Datenstand reads them at every load, so a change shows at once in the
/// Monatsabschluss, the dashboards' coverage and the default month. Same rules as <c>reporting-duties.csv</c>: the
/// indicator is entered at the unit's level, the component belongs to it, the last month is not before the first, and
/// duties of the same indicator and component do not overlap. Every added, changed or removed duty is audited
/// (interceptor); the list's version is a fingerprint of the stored duties, checked in the writing transaction (409).
/// </summary>
public sealed class ReportingDutyService(IDbContextFactory<AppDbContext> factory, IValidator<UnitDutiesInput> validator)
{
    public async Task<UnitDuties?> GetAsync(UserScope scope, string unitCode, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode.Trim().ToUpper(), ct);
        if (unit is null || !scope.CanSee(unit.Id))
        {
            return null;
        }

        var duties = await LoadAsync(db, unit.Id, ct);
        return new UnitDuties(unit.Code, Fingerprint(duties), duties.Select(Row).ToList());
    }

    public async Task<MasterDataResult> SaveAsync(UserScope scope, string unitCode, UnitDutiesInput input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await MasterDataWrite.RunAsync(scope, validator, input, db, async () =>
        {
            var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Code == unitCode.Trim().ToUpper(), ct);
            if (unit is null)
            {
                return MasterDataResult.NotFound($"Die Einheit '{unitCode}' gibt es nicht.");
            }

            var stored = await LoadAsync(db, unit.Id, ct);
            if (Fingerprint(stored) != input.Version)
            {
                return MasterDataResult.Conflict($"Die Meldepflichten von {unit.Code}");
            }

            var indicators = await db.Indicators.Include(i => i.Components).ToListAsync(ct);
            var errors = new List<string>();
            var wanted = Parse(unit, input.Duties, indicators, errors);
            if (errors.Count > 0)
            {
                return MasterDataResult.Invalid([.. errors]);
            }

            foreach (var duty in stored)
            {
                if (wanted.FirstOrDefault(w => w.IndicatorId == duty.IndicatorId && w.ComponentId == duty.ComponentId
                        && w.From == duty.From && !w.Matched) is { } same)
                {
                    same.Matched = true;
                    duty.To = same.To;
                }
                else
                {
                    db.ReportingDuties.Remove(duty);
                }
            }

            db.ReportingDuties.AddRange(wanted.Where(w => !w.Matched).Select(w => new ReportingDuty
            {
                OrgUnitId = unit.Id, IndicatorId = w.IndicatorId, ComponentId = w.ComponentId, From = w.From, To = w.To,
            }));
            await db.SaveChangesAsync(ct);
            // The result's key is the list's new version (the unit is the caller's).
            return MasterDataResult.Done(Fingerprint(await LoadAsync(db, unit.Id, ct)), Guid.Empty);
        }, ct);
    }

    /// <summary>A month <c>JJJJ-MM</c>, or null.</summary>
    public static YearMonth? Month(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new YearMonth(d.Year, d.Month)
            : null;

    private static List<Wanted> Parse(OrgUnit unit, IReadOnlyList<DutyInput> input, List<Indicator> indicators, List<string> errors)
    {
        var result = new List<Wanted>();
        foreach (var duty in input)
        {
            var indicator = indicators.FirstOrDefault(i => string.Equals(i.Code, duty.Indicator.Trim(), StringComparison.OrdinalIgnoreCase));
            if (indicator is null)
            {
                errors.Add($"Die Kennzahl '{duty.Indicator}' gibt es nicht.");
                continue;
            }

            if (!indicator.IsEnteredAt(unit))
            {
                errors.Add($"Die Kennzahl {indicator.Code} wird nicht auf der Ebene {Common.German.KindName(unit.Kind)} erfasst.");
                continue;
            }

            IndicatorComponent? component = null;
            if (!string.IsNullOrWhiteSpace(duty.Component))
            {
                component = indicator.Components.FirstOrDefault(c => string.Equals(c.Code, duty.Component.Trim(), StringComparison.OrdinalIgnoreCase));
                if (component is null)
                {
                    errors.Add($"Die Kennzahl {indicator.Code} hat keine Komponente '{duty.Component}'.");
                    continue;
                }
            }

            var from = Month(duty.From)!.Value;
            var to = Month(duty.To);
            if (to is { } end && end.CompareTo(from) < 0)
            {
                errors.Add($"{indicator.Code}: der letzte Monat ({end}) liegt vor dem ersten ({from}).");
                continue;
            }

            var wanted = new Wanted(indicator.Id, component?.Id, from, to);
            if (result.Any(r => r.IndicatorId == wanted.IndicatorId && r.ComponentId == wanted.ComponentId && Overlap(r, wanted)))
            {
                errors.Add($"Die Meldepflichten für {indicator.Code}{(component is null ? "" : "/" + component.Code)} überschneiden sich.");
                continue;
            }

            result.Add(wanted);
        }

        return result;
    }

    private static bool Overlap(Wanted a, Wanted b) =>
        (a.To is not { } aTo || b.From.CompareTo(aTo) <= 0) && (b.To is not { } bTo || a.From.CompareTo(bTo) <= 0);

    private static Task<List<ReportingDuty>> LoadAsync(AppDbContext db, int unitId, CancellationToken ct) =>
        db.ReportingDuties.Include(d => d.Indicator).Include(d => d.Component).Where(d => d.OrgUnitId == unitId).ToListAsync(ct);

    private static DutyRow Row(ReportingDuty d) => new(d.Indicator!.Code, d.Component?.Code, Text(d.From), d.To is { } to ? Text(to) : null);

    private static string Text(YearMonth m) => $"{m.Year:0000}-{m.Month:00}";

    /// <summary>The version of a unit's list: a hash over its duties in a fixed order.</summary>
    private static string Fingerprint(IEnumerable<ReportingDuty> duties)
    {
        var text = string.Join("|", duties.Select(Row).OrderBy(r => r.Indicator, StringComparer.Ordinal)
            .ThenBy(r => r.Component, StringComparer.Ordinal).ThenBy(r => r.From, StringComparer.Ordinal)
            .Select(r => $"{r.Indicator}/{r.Component}/{r.From}/{r.To}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private sealed record Wanted(int IndicatorId, int? ComponentId, YearMonth From, YearMonth? To)
    {
        public bool Matched { get; set; }
    }
}
