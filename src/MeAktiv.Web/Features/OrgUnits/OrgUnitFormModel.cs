using System.Globalization;
using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.OrgUnits;

namespace MeAktiv.Web.Features.OrgUnits;

/// <summary>The fields of the organisation form: a new unit, or the change of one (dates typed as TT.MM.JJJJ).</summary>
public sealed class OrgUnitFormModel
{
    public bool IsNew { get; init; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public OrgUnitKind Kind { get; set; } = OrgUnitKind.Team;

    public string? Parent { get; set; }

    public string? TeamKind { get; set; }

    public string ValidFrom { get; set; } = "";

    public string ValidTo { get; set; } = "";

    public Guid Version { get; init; }

    public LeadAccounts? Accounts { get; set; }

    public IReadOnlyList<string> AccountNames { get; init; } = [];

    public List<SuccessorRow> Successors { get; init; } = [];

    public List<CityRow> Cities { get; init; } = [];

    public static OrgUnitFormModel From(OrgUnitDetail unit) => new()
    {
        Code = unit.Code, Name = unit.Name, Kind = Enum.Parse<OrgUnitKind>(unit.Kind), Parent = unit.ParentCode,
        TeamKind = unit.TeamKind, ValidFrom = German.Date(unit.ValidFrom), ValidTo = unit.ValidTo is { } to ? German.Date(to) : "",
        Version = unit.Version, AccountNames = unit.Accounts,
        Successors = unit.Successors.Select(s => new SuccessorRow
        {
            Successor = s.Unit, Date = German.Date(s.Date), Share = s.Share, Component = s.Component,
        }).ToList(),
        Cities = unit.Cities.Select(c => new CityRow
        {
            City = c.City, ValidFrom = German.Date(c.ValidFrom), ValidTo = c.ValidTo is { } to ? German.Date(to) : "",
        }).ToList(),
    };

    /// <summary>The typed date, or null when empty; <paramref name="error"/> names a date that is not TT.MM.JJJJ.</summary>
    public static DateOnly? Date(string text, string label, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), ["dd.MM.yyyy", "d.M.yyyy"], German.Culture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add($"{label}: bitte ein Datum im Format TT.MM.JJJJ eingeben.");
        return null;
    }

    /// <summary>The input of a new unit, or null with <paramref name="errors"/>.</summary>
    public NewOrgUnit? ToNew(List<string> errors)
    {
        var from = Date(ValidFrom, "Gültig ab", errors);
        if (from is null && errors.Count == 0)
        {
            errors.Add("Bitte das Datum „Gültig ab“ angeben.");
        }

        return errors.Count > 0 ? null : new NewOrgUnit(Code.Trim().ToUpperInvariant(), Name, Kind, Parent, TeamKind, from!.Value);
    }

    /// <summary>The change of a unit, or null with <paramref name="errors"/>.</summary>
    public OrgUnitChange? ToChange(List<string> errors)
    {
        var to = Date(ValidTo, "Geschlossen zum", errors);
        var successors = Successors.Where(s => !string.IsNullOrWhiteSpace(s.Successor))
            .Select(s => (s, Date: Date(s.Date, $"Datum des Nachfolgers {s.Successor}", errors)))
            .Where(x => x.Date is not null || errors.Count == 0)
            .Select(x => x.Date is { } d
                ? new SuccessorInput(x.s.Successor!, d, x.s.Share, string.IsNullOrWhiteSpace(x.s.Component) ? null : x.s.Component.Trim())
                : null)
            .ToList();
        if (successors.Any(s => s is null))
        {
            errors.Add("Bitte für jeden Nachfolger das Datum angeben.");
        }

        var cities = Cities.Where(c => !string.IsNullOrWhiteSpace(c.City))
            .Select(c => (c, From: Date(c.ValidFrom, $"Stadt {c.City} ab", errors), To: Date(c.ValidTo, $"Stadt {c.City} bis", errors)))
            .ToList();
        if (cities.Any(c => c.From is null))
        {
            errors.Add("Bitte für jede Stadt das Datum „ab“ angeben.");
        }

        return errors.Count > 0
            ? null
            : new OrgUnitChange(Name, Parent, TeamKind, to, Version, Accounts, successors.Select(s => s!).ToList(),
                cities.Select(c => new CityInput(c.c.City!, c.From!.Value, c.To)).ToList());
    }
}

public sealed class SuccessorRow
{
    public string? Successor { get; set; }

    public string Date { get; set; } = "";

    public decimal? Share { get; set; }

    public string? Component { get; set; }
}

public sealed class CityRow
{
    public string? City { get; set; }

    public string ValidFrom { get; set; } = "";

    public string ValidTo { get; set; } = "";
}
