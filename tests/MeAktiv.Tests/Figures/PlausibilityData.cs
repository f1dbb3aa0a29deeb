using FluentValidation;
using FluentValidation.Results;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Tests.Figures;

/// <summary>
/// Hand-made reference data for the rule set: team VEL-MI (id 1) with EQ (AUS 10, SVB 11 = davon svB, part of AUS),
/// K2 (INT 20 count, ELB 21 stock), K1 (LLU 30 EUR) and U25 (ALQ 40 percent, entered at the Jobcenter only);
/// stored figures are given per test. "Now" is December 2015.
/// </summary>
internal static class PlausibilityData
{
    public static readonly OrgUnit Team = new() { Id = 1, Code = "VEL-MI", Name = "Markt & Integration Velbert", Kind = OrgUnitKind.Team, ValidFrom = new(2005, 1, 1) };

    public static readonly OrgUnit Jobcenter = new() { Id = 2, Code = "JC", Name = "Jobcenter ME-aktiv", Kind = OrgUnitKind.Jobcenter, ValidFrom = new(2005, 1, 1) };

    public static readonly IReadOnlyList<IndicatorComponent> Components = Build();

    public static readonly FigureOptions Options = new(); // factors 1,5 (levels), 3 (flows), 10 (history)

    public static IndicatorComponent Component(int id) => Components.Single(c => c.Id == id);

    /// <summary>Validates <paramref name="input"/> as the first of <paramref name="batch"/> (default: alone).</summary>
    public static List<ValidationFailure> Validate(FigureInput input, IEnumerable<(int Component, int Year, int Month, decimal Value)> stored,
        IReadOnlyList<FigureInput>? batch = null, IReadOnlyList<IndicatorComponent>? components = null)
    {
        var reference = FigureReference.Create([Team, Jobcenter], components ?? Components,
            stored.Select(s => (Team.Id, s.Component, s.Year, s.Month, s.Value)), batch ?? [input]);
        return new FigureInputValidator(reference, new YearMonth(2015, 12), Options).Validate(input).Errors;
    }

    public static FigureInput Input(string indicator, string component, int month, decimal value, bool confirm = false, string? reason = null) =>
        new("VEL-MI", indicator, component, 2015, month, value, null, confirm, reason);

    /// <summary>The same value in every month of 2014 and 2015 up to <paramref name="toMonth"/> of 2015.</summary>
    public static IEnumerable<(int, int, int, decimal)> Flat(int component, decimal value, int toMonth) =>
        Enumerable.Range(1, 12 + toMonth).Select(i => (component, 2014 + (i - 1) / 12, (i - 1) % 12 + 1, value));

    public static IEnumerable<(string Code, Severity Severity)> Codes(this IEnumerable<ValidationFailure> failures) =>
        failures.Select(f => (f.ErrorCode, f.Severity));

    /// <summary>A fresh copy of the components (a test may change one).</summary>
    public static List<IndicatorComponent> Build()
    {
        var eq = Indicator("EQ", EntryLevels.Team);
        var k2 = Indicator("K2", EntryLevels.Team);
        var k1 = Indicator("K1", EntryLevels.Team);
        var u25 = Indicator("U25", EntryLevels.Jobcenter);
        var aus = Add(eq, 10, "AUS", "Austritte", ComponentKind.Count);
        var svb = Add(eq, 11, "SVB", "davon svB nach 6 Monaten", ComponentKind.Count);
        (svb.PartOfId, svb.PartOf) = (aus.Id, aus);
        return [aus, svb, Add(k2, 20, "INT", "Integrationen", ComponentKind.Count), Add(k2, 21, "ELB", "eLb-Bestand", ComponentKind.Stock),
            Add(k1, 30, "LLU", "LLU-Summe", ComponentKind.Amount), Add(u25, 40, "ALQ", "ALQ U25", ComponentKind.Percent)];
    }

    private static Indicator Indicator(string code, EntryLevels levels) => new() { Code = code, Name = code, EntryLevels = levels };

    private static IndicatorComponent Add(Indicator indicator, int id, string code, string name, ComponentKind kind)
    {
        var component = new IndicatorComponent { Id = id, Code = code, Name = name, Kind = kind, Indicator = indicator, IndicatorId = 0 };
        indicator.Components.Add(component);
        return component;
    }
}
