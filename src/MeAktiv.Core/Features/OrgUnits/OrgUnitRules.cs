using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.OrgUnits;

/// <summary>The rules of the organisation's master data, with German messages (docs/domain.md, "Organisation").</summary>
public static class OrgUnitRules
{
    /// <summary>Why <paramref name="parent"/> cannot hold a unit of <paramref name="kind"/>, or null when it can: it exists,
    /// is one level up (Jobcenter → Bereich → Geschäftsstelle → Team) and exists as long as the unit.</summary>
    public static string? ParentError(OrgUnitKind kind, OrgUnit? parent, string parentCode, DateOnly validFrom, DateOnly? validTo)
    {
        if (parent is null)
        {
            return string.IsNullOrWhiteSpace(parentCode)
                ? "Bitte die übergeordnete Einheit angeben."
                : $"Die übergeordnete Einheit '{parentCode}' gibt es nicht.";
        }

        if ((int)parent.Kind != (int)kind - 1)
        {
            return $"Eine Einheit der Ebene {German.KindName(kind)} liegt direkt unter einer Einheit der Ebene " +
                   $"{German.KindName((OrgUnitKind)((int)kind - 1))}, nicht unter {parent.Code} ({German.KindName(parent.Kind)}).";
        }

        if (parent.ValidTo is { } end && (validTo is null || validTo > end))
        {
            return $"{parent.Code} ist seit dem {German.Date(end.AddDays(1))} geschlossen.";
        }

        return parent.ValidFrom > validFrom
            ? $"{parent.Code} besteht erst ab dem {German.Date(parent.ValidFrom)}."
            : null;
    }

    /// <summary>Why the unit cannot end on <paramref name="validTo"/>: before its start, or units below it stay open.</summary>
    public static IEnumerable<string> CloseErrors(OrgUnit unit, DateOnly? validTo, IReadOnlyList<OrgUnit> units)
    {
        if (validTo is not { } end)
        {
            yield break;
        }

        if (unit.Kind == OrgUnitKind.Jobcenter)
        {
            yield return "Das Jobcenter kann nicht geschlossen werden.";
            yield break;
        }

        if (end < unit.ValidFrom)
        {
            yield return $"Das Ende ({German.Date(end)}) liegt vor dem Beginn ({German.Date(unit.ValidFrom)}).";
        }

        var open = units.Where(u => u.ParentId == unit.Id && (u.ValidTo is null || u.ValidTo > end))
            .Select(u => u.Code).Order(StringComparer.Ordinal).ToList();
        if (open.Count > 0)
        {
            yield return $"Unter {unit.Code} bestehen nach dem {German.Date(end)} noch {string.Join(", ", open)}: " +
                         "bitte zuerst schließen oder verschieben.";
        }
    }

    /// <summary>Successor links: not to itself, each successor of the same level, and per component the shares given add up
    /// to at most 100 %.</summary>
    public static IEnumerable<string> SuccessorErrors(OrgUnit unit, IReadOnlyList<OrgUnitSuccessor> links, IEnumerable<OrgUnit> units)
    {
        var byId = units.ToDictionary(u => u.Id);
        foreach (var link in links)
        {
            var successor = byId[link.SuccessorId];
            if (successor.Id == unit.Id)
            {
                yield return "Eine Einheit kann nicht ihr eigener Nachfolger sein.";
            }
            else if (successor.Kind != unit.Kind)
            {
                yield return $"{successor.Code} ist keine Einheit der Ebene {German.KindName(unit.Kind)} wie {unit.Code}.";
            }
            else if (!successor.IsValidOn(link.Date))
            {
                yield return $"{successor.Code} besteht am {German.Date(link.Date)} nicht.";
            }
        }

        foreach (var group in links.GroupBy(l => l.ComponentId))
        {
            if (group.Sum(l => l.Share ?? 0) > 100)
            {
                yield return "Die Anteile der Nachfolger ergeben zusammen mehr als 100 %.";
            }

            if (group.GroupBy(l => l.SuccessorId).Any(g => g.Count() > 1))
            {
                yield return "Jeder Nachfolger steht nur einmal je Komponente in der Liste.";
            }
        }
    }

    /// <summary>Checks the choice for the accounts of a closing unit; returns the successor that takes them over.</summary>
    public static OrgUnit? AccountErrors(OrgUnit unit, LeadAccounts? choice, IReadOnlyList<OrgUnitSuccessor> links,
        IReadOnlyList<OrgUnit> units, List<string> errors)
    {
        if (choice is null)
        {
            errors.Add($"{unit.Code} hat zugeordnete Konten (Teamleitung/Bereichsleitung): bitte angeben, ob sie bleiben, " +
                       "deaktiviert oder dem Nachfolger zugeordnet werden.");
            return null;
        }

        if (choice != LeadAccounts.Nachfolger)
        {
            return null;
        }

        var heirs = links.Where(l => l.ComponentId is null).Select(l => l.SuccessorId).Distinct().ToList();
        if (heirs.Count != 1)
        {
            errors.Add("Um die Konten dem Nachfolger zuzuordnen, braucht die Einheit genau einen Nachfolger.");
            return null;
        }

        return units.First(u => u.Id == heirs[0]);
    }

    /// <summary>Sets the unit's cities to <paramref name="wanted"/>, keeping rows that stay as they are.</summary>
    public static void ReplaceCities(OrgUnit unit, IReadOnlyList<OrgUnitCity> wanted)
    {
        unit.Cities.RemoveAll(c => !wanted.Any(w => Same(w, c)));
        unit.Cities.AddRange(wanted.Where(w => !unit.Cities.Any(c => Same(w, c))));
    }

    /// <summary>The audited values of a unit (cities as "Stadt ab–bis").</summary>
    public static Dictionary<string, object?> Snapshot(OrgUnit unit, string? parentCode) => new()
    {
        ["Name"] = unit.Name,
        ["Ebene"] = unit.Kind.ToString(),
        ["Übergeordnet"] = parentCode,
        ["Teamart"] = unit.TeamKind,
        ["GültigAb"] = unit.ValidFrom,
        ["GültigBis"] = unit.ValidTo,
        ["Städte"] = unit.Cities.OrderBy(c => c.City?.Code, StringComparer.Ordinal).ThenBy(c => c.ValidFrom)
            .Select(c => $"{c.City?.Code} {c.ValidFrom:yyyy-MM-dd}–{c.ValidTo:yyyy-MM-dd}").ToList(),
    };

    private static bool Same(OrgUnitCity a, OrgUnitCity b) => a.CityId == b.CityId && a.ValidFrom == b.ValidFrom && a.ValidTo == b.ValidTo;
}
