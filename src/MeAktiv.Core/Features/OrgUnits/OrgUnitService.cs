using FluentValidation;
using MeAktiv.Core.Data;
using MeAktiv.Core.Data.Auditing;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.OrgUnits;

/// <summary>
/// Maintains the organisation (Administration and Geschäftsführung, <see cref="MasterDataRights"/>): create units, rename,
/// move, close them with a date, their successor links and the cities they serve. One audit entry per change of a unit
/// (type <see cref="AuditType"/>, key = code, old and new values incl. cities), one per successor link (interceptor),
/// one per account changed by a close; all in one transaction. The unit's <see cref="OrgUnit.Version"/> guards against
/// lost updates. Readers see the change at once: every view loads the units per request, and the figures grouped per
/// subtree are keyed by <see cref="UnitTree.Signature"/>, which a new unit or a move changes.
/// </summary>
public sealed class OrgUnitService(
    IDbContextFactory<AppDbContext> factory, AuditWriter audit, IValidator<NewOrgUnit> newValidator,
    IValidator<OrgUnitChange> changeValidator)
{
    public const string AuditType = "Organisationseinheit";

    /// <summary>Audit type of an account changed by closing its unit (the same as the user administration's).</summary>
    public const string AccountAuditType = Users.UserAdministrationService.AuditType;

    public async Task<MasterDataResult> CreateAsync(UserScope scope, NewOrgUnit input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await MasterDataWrite.RunAsync(scope, newValidator, input, db, async () =>
        {
            var code = input.Code.Trim();
            if (await db.OrgUnits.AnyAsync(u => u.Code == code, ct))
            {
                return MasterDataResult.Invalid($"Den Code {code} gibt es schon.");
            }

            var parent = await db.OrgUnits.FirstOrDefaultAsync(u => u.Code == input.Parent!.Trim().ToUpper(), ct);
            if (OrgUnitRules.ParentError(input.Kind, parent, input.Parent!, input.ValidFrom, validTo: null) is { } error)
            {
                return MasterDataResult.Invalid(error);
            }

            var unit = new OrgUnit
            {
                Code = code, Name = input.Name.Trim(), Kind = input.Kind, ParentId = parent!.Id,
                TeamKind = string.IsNullOrWhiteSpace(input.TeamKind) ? null : input.TeamKind.Trim(), ValidFrom = input.ValidFrom,
            };
            db.OrgUnits.Add(unit);
            await db.SaveChangesAsync(ct);
            audit.AddEvent(db, scope.UserName, AuditType, unit.Code, "Angelegt", null, OrgUnitRules.Snapshot(unit, parent.Code), unit.Id);
            await db.SaveChangesAsync(ct);
            return MasterDataResult.Done(unit.Code, unit.Version);
        }, ct);
    }

    public async Task<MasterDataResult> UpdateAsync(UserScope scope, string code, OrgUnitChange input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await MasterDataWrite.RunAsync(scope, changeValidator, input, db, () => ChangeAsync(db, scope, code, input, ct), ct);
    }

    private async Task<MasterDataResult> ChangeAsync(AppDbContext db, UserScope scope, string code, OrgUnitChange input, CancellationToken ct)
    {
        var units = await db.OrgUnits.Include(u => u.Cities).ThenInclude(c => c.City).ToListAsync(ct);
        var unit = units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));
        if (unit is null)
        {
            return MasterDataResult.NotFound($"Die Einheit '{code}' gibt es nicht.");
        }

        if (input.Version != unit.Version)
        {
            return MasterDataResult.Conflict($"Die Einheit {unit.Code}");
        }

        var byCode = units.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var links = await db.OrgUnitSuccessors.Where(s => s.PredecessorId == unit.Id).ToListAsync(ct);
        var before = OrgUnitRules.Snapshot(unit, units.FirstOrDefault(u => u.Id == unit.ParentId)?.Code);
        var errors = new List<string>();
        var parent = unit.ParentId is null ? null : units.First(u => u.Id == unit.ParentId);
        if (unit.Kind != OrgUnitKind.Jobcenter)
        {
            parent = input.Parent is { Length: > 0 } p ? byCode.GetValueOrDefault(p.Trim()) : null;
            if (OrgUnitRules.ParentError(unit.Kind, parent, input.Parent ?? "", unit.ValidFrom, input.ValidTo) is { } parentError)
            {
                errors.Add(parentError);
            }
        }
        else if (!string.IsNullOrWhiteSpace(input.Parent))
        {
            errors.Add("Das Jobcenter hat keine übergeordnete Einheit.");
        }

        errors.AddRange(OrgUnitRules.CloseErrors(unit, input.ValidTo, units));
        var newLinks = input.Successors is null ? null : await SuccessorLinksAsync(db, unit, input.Successors, byCode, errors, ct);
        var cities = input.Cities is null ? null : await CitiesAsync(db, input.Cities, errors, ct);
        var closing = input.ValidTo is not null && input.ValidTo != unit.ValidTo;
        var accounts = closing ? await db.UserOrgUnits.Where(a => a.OrgUnitId == unit.Id).ToListAsync(ct) : [];
        var successorsAfter = newLinks ?? links;
        OrgUnit? heir = null;
        if (accounts.Count > 0)
        {
            heir = OrgUnitRules.AccountErrors(unit, input.Accounts, successorsAfter, units, errors);
        }

        if (errors.Count > 0)
        {
            return MasterDataResult.Invalid([.. errors]);
        }

        unit.Name = input.Name.Trim();
        unit.ParentId = parent?.Id;
        unit.TeamKind = string.IsNullOrWhiteSpace(input.TeamKind) ? null : input.TeamKind.Trim();
        unit.ValidTo = input.ValidTo;
        if (newLinks is not null)
        {
            db.OrgUnitSuccessors.RemoveRange(links.Where(l => !newLinks.Contains(l)));
            db.OrgUnitSuccessors.AddRange(newLinks.Where(l => !links.Contains(l)));
        }

        if (cities is not null)
        {
            OrgUnitRules.ReplaceCities(unit, cities);
        }

        db.Entry(unit).Property(u => u.Version).OriginalValue = input.Version;
        unit.Version = Guid.NewGuid();
        var after = OrgUnitRules.Snapshot(unit, parent?.Code);
        var action = closing ? "Geschlossen" : before["Übergeordnet"] as string != parent?.Code ? "Verschoben" : "Geändert";
        audit.AddEvent(db, scope.UserName, AuditType, unit.Code, action, before, after, unit.Id);
        if (accounts.Count > 0 && input.Accounts is { } choice and not LeadAccounts.Behalten)
        {
            await ApplyAccountsAsync(db, scope, unit, accounts, choice, heir, units, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MasterDataResult.Conflict($"Die Einheit {unit.Code}");
        }

        return MasterDataResult.Done(unit.Code, unit.Version);
    }

    /// <summary>The links of the input, reusing stored links that are unchanged (so they keep their id and history).</summary>
    private static async Task<List<OrgUnitSuccessor>> SuccessorLinksAsync(AppDbContext db, OrgUnit unit,
        IReadOnlyList<SuccessorInput> input, Dictionary<string, OrgUnit> byCode, List<string> errors, CancellationToken ct)
    {
        var stored = await db.OrgUnitSuccessors.Where(s => s.PredecessorId == unit.Id).ToListAsync(ct);
        var components = await db.IndicatorComponents.Include(c => c.Indicator).ToListAsync(ct);
        var result = new List<OrgUnitSuccessor>();
        foreach (var link in input)
        {
            if (!byCode.TryGetValue(link.Successor.Trim(), out var successor))
            {
                errors.Add($"Die Nachfolgeeinheit '{link.Successor}' gibt es nicht.");
                continue;
            }

            IndicatorComponent? component = null;
            if (link.Component is { } name)
            {
                var parts = name.Split('/');
                component = components.FirstOrDefault(c => string.Equals(c.Indicator!.Code, parts[0], StringComparison.OrdinalIgnoreCase)
                    && string.Equals(c.Code, parts[^1], StringComparison.OrdinalIgnoreCase));
                if (component is null)
                {
                    errors.Add($"Die Komponente '{name}' gibt es nicht.");
                    continue;
                }
            }

            var existing = stored.FirstOrDefault(s => s.SuccessorId == successor.Id && s.ComponentId == component?.Id);
            if (existing is not null && existing.Date == link.Date && existing.Share == link.Share && !result.Contains(existing))
            {
                result.Add(existing);
                continue;
            }

            if (existing is not null && !result.Contains(existing))
            {
                existing.Date = link.Date;
                existing.Share = link.Share;
                result.Add(existing);
                continue;
            }

            result.Add(new OrgUnitSuccessor
            {
                PredecessorId = unit.Id, SuccessorId = successor.Id, Successor = successor, Date = link.Date, Share = link.Share,
                ComponentId = component?.Id,
            });
        }

        errors.AddRange(OrgUnitRules.SuccessorErrors(unit, result, byCode.Values));
        return result;
    }

    private static async Task<List<OrgUnitCity>> CitiesAsync(AppDbContext db, IReadOnlyList<CityInput> input, List<string> errors,
        CancellationToken ct)
    {
        var cities = await db.Cities.ToListAsync(ct);
        var result = new List<OrgUnitCity>();
        foreach (var entry in input)
        {
            var city = cities.FirstOrDefault(c => string.Equals(c.Code, entry.City.Trim(), StringComparison.OrdinalIgnoreCase));
            if (city is null)
            {
                errors.Add($"Die Stadt '{entry.City}' gibt es nicht.");
                continue;
            }

            if (result.Any(r => r.CityId == city.Id && r.ValidFrom <= (entry.ValidTo ?? DateOnly.MaxValue)
                    && entry.ValidFrom <= (r.ValidTo ?? DateOnly.MaxValue)))
            {
                errors.Add($"Die Zuordnungen der Stadt {city.Name} überschneiden sich.");
                continue;
            }

            result.Add(new OrgUnitCity { CityId = city.Id, City = city, ValidFrom = entry.ValidFrom, ValidTo = entry.ValidTo });
        }

        return result;
    }

    /// <summary>Deactivates the accounts of a closed unit or moves them to its successor; one audit entry per account.</summary>
    private async Task ApplyAccountsAsync(AppDbContext db, UserScope scope, OrgUnit unit, List<UserOrgUnit> assignments,
        LeadAccounts choice, OrgUnit? heir, List<OrgUnit> units, CancellationToken ct)
    {
        var ids = assignments.Select(a => a.UserId).ToList();
        var users = await db.Users.Include(u => u.OrgUnits).Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        foreach (var user in users)
        {
            if (choice == LeadAccounts.Nachfolger && heir is not null)
            {
                var before = user.OrgUnits.Select(a => units.First(u => u.Id == a.OrgUnitId).Code).Order(StringComparer.Ordinal).ToList();
                user.OrgUnits.RemoveAll(a => a.OrgUnitId == unit.Id);
                if (user.OrgUnits.All(a => a.OrgUnitId != heir.Id))
                {
                    user.OrgUnits.Add(new UserOrgUnit { UserId = user.Id, OrgUnitId = heir.Id });
                }

                var after = user.OrgUnits.Select(a => units.First(u => u.Id == a.OrgUnitId).Code).Order(StringComparer.Ordinal).ToList();
                user.SecurityStamp = Guid.NewGuid().ToString();
                audit.AddEvent(db, scope.UserName, AccountAuditType, user.Email ?? user.Id, "Einheiten geändert",
                    new Dictionary<string, object?> { ["Einheiten"] = before }, new Dictionary<string, object?> { ["Einheiten"] = after });
            }
            else if (choice == LeadAccounts.Deaktivieren && !user.OrgUnits.Any(a => a.OrgUnitId != unit.Id
                         && units.First(u => u.Id == a.OrgUnitId).ValidTo is null) && !Users.UserAdministrationService.IsDeactivated(user.LockoutEnd))
            {
                user.LockoutEnabled = true;
                user.LockoutEnd = DateTimeOffset.MaxValue;
                user.SecurityStamp = Guid.NewGuid().ToString();
                audit.AddEvent(db, scope.UserName, AccountAuditType, user.Email ?? user.Id, "Deaktiviert",
                    new Dictionary<string, object?> { ["Aktiv"] = true }, new Dictionary<string, object?> { ["Aktiv"] = false });
            }
        }
    }
}
