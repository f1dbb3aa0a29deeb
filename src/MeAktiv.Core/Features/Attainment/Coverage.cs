using System.Text.Json.Serialization;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// How many of the units that owe figures for a month (at or below a unit) have submitted it and closed it
/// (docs/kennzahlen.md, Datenstand). Submitted counts Eingereicht and Abgeschlossen.
/// </summary>
public sealed record Coverage(int Expected, int Submitted, int Closed)
{
    /// <summary>Every unit that owes figures has submitted (and at least one owes figures).</summary>
    [JsonIgnore]
    public bool IsComplete => Expected > 0 && Submitted == Expected;

    /// <summary>Every unit that owes figures has closed the month (and at least one owes figures).</summary>
    [JsonIgnore]
    public bool IsClosed => Expected > 0 && Closed == Expected;
}

/// <summary>A unit that owes figures for a month and has not submitted it.</summary>
public sealed record MissingUnit(string Code, string Name);

/// <summary>The Datenstand of one month at one unit: the counts and the units that have not submitted.</summary>
public sealed record MonthCoverage(YearMonth Month, Coverage Coverage, IReadOnlyList<MissingUnit> Missing)
{
    [JsonIgnore]
    public bool IsComplete => Coverage.IsComplete;
}

/// <summary>A unit's month that is submitted or closed (no row, or Entwurf: the figures do not count above the unit).</summary>
public sealed record UnitMonthState(int UnitId, int Year, int Month, MonthState State);
