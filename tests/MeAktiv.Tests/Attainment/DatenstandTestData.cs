using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;

namespace MeAktiv.Tests.Attainment;

/// <summary>
/// A small organisation for the Datenstand rule, 2015 (docs/kennzahlen.md, "Datenstand", worked example):
/// JC (1) → GS-A (2) → teams T-A (3), T-B (4), T-C (5, closed on 31.03.2015) and T-N (6, reports nothing).
/// Duties: T-A K2 from 2014-01 (ELB alone in 2013-12), T-B K2 from 2015-02, T-C K2 from 2014-01 (no end: it ends with
/// the unit), JC U25 from 2015-01 to 2015-04; GS-A and T-N owe nothing.
/// </summary>
internal static class DatenstandTestData
{
    public static readonly OrgUnit[] Units =
    [
        Unit(1, "JC", OrgUnitKind.Jobcenter, null),
        Unit(2, "GS-A", OrgUnitKind.Geschaeftsstelle, 1),
        Unit(3, "T-A", OrgUnitKind.Team, 2),
        Unit(4, "T-B", OrgUnitKind.Team, 2),
        Unit(5, "T-C", OrgUnitKind.Team, 2, validTo: new DateOnly(2015, 3, 31)),
        Unit(6, "T-N", OrgUnitKind.Team, 2),
    ];

    public static readonly ReportingDuty[] Duties =
    [
        Duty(3, indicator: 1, from: new(2014, 1)),
        Duty(3, indicator: 1, from: new(2013, 12), to: new(2013, 12), component: 2),
        Duty(4, indicator: 1, from: new(2015, 2)),
        Duty(5, indicator: 1, from: new(2014, 1)),
        Duty(1, indicator: 7, from: new(2015, 1), to: new(2015, 4)),
    ];

    /// <summary>
    /// January closed by all; February submitted by all; March: T-B still in Entwurf (T-N, which owes nothing, has
    /// submitted); April and May submitted by all that owe; June: T-A reopened (an Entwurf row), T-B nothing.
    /// </summary>
    public static readonly UnitMonthState[] States =
    [
        State(1, 1, MonthState.Abgeschlossen), State(3, 1, MonthState.Abgeschlossen), State(5, 1, MonthState.Abgeschlossen),
        State(1, 2, MonthState.Eingereicht), State(3, 2, MonthState.Eingereicht), State(4, 2, MonthState.Eingereicht),
        State(5, 2, MonthState.Eingereicht),
        State(1, 3, MonthState.Eingereicht), State(3, 3, MonthState.Eingereicht), State(5, 3, MonthState.Abgeschlossen),
        State(6, 3, MonthState.Eingereicht),
        State(1, 4, MonthState.Eingereicht), State(3, 4, MonthState.Abgeschlossen), State(4, 4, MonthState.Eingereicht),
        State(3, 5, MonthState.Eingereicht), State(4, 5, MonthState.Eingereicht),
        State(3, 6, MonthState.Entwurf), State(6, 6, MonthState.Eingereicht),
    ];

    public static Datenstand Build() => new(Units, Duties, States);

    private static OrgUnit Unit(int id, string code, OrgUnitKind kind, int? parent, DateOnly? validTo = null) => new()
    {
        Id = id, Code = code, Name = "Einheit " + code, Kind = kind, ParentId = parent,
        ValidFrom = new DateOnly(2005, 1, 1), ValidTo = validTo,
    };

    private static ReportingDuty Duty(int unit, int indicator, YearMonth from, YearMonth? to = null, int? component = null) =>
        new() { OrgUnitId = unit, IndicatorId = indicator, ComponentId = component, From = from, To = to };

    private static UnitMonthState State(int unit, int month, MonthState state) => new(unit, 2015, month, state);
}
