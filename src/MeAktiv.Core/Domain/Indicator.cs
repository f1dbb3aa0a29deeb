namespace MeAktiv.Core.Domain;

/// <summary>A Kennzahl: raw monthly components and the formula that derives its headline value.</summary>
public sealed class Indicator
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public IndicatorUnit Unit { get; set; }

    public Direction Direction { get; set; }

    public FormulaKind Formula { get; set; }

    public EntryLevels EntryLevels { get; set; }

    public TargetCategory Category { get; set; }

    public Traeger Traeger { get; set; }

    /// <summary>Attainment ratio from which the light is green (default 1,00).</summary>
    public decimal GreenFrom { get; set; } = 1.00m;

    /// <summary>Attainment ratio from which the light is yellow (default 0,97).</summary>
    public decimal YellowFrom { get; set; } = 0.97m;

    public PhasingKind Phasing { get; set; } = PhasingKind.Linear;

    /// <summary>Integrationsquote: the denominator uses the 12 months before the integration month (default on).</summary>
    public bool ShiftDenominator { get; set; } = true;

    /// <summary>Forecast the remaining months from last year's seasonal shape instead of the last three months.</summary>
    public bool SeasonalForecast { get; set; }

    public int SortOrder { get; set; }

    public List<IndicatorComponent> Components { get; } = [];
}

/// <summary>A raw monthly series of an indicator, entered per unit and month.</summary>
public sealed class IndicatorComponent
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    public Indicator? Indicator { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public ComponentKind Kind { get; set; }

    public ComponentRole Role { get; set; }

    public int SortOrder { get; set; }

    /// <summary>
    /// The whole this component is a part of ("davon"), a component of the same indicator: the part's value may never
    /// be larger than the whole's value of the same unit and month (e.g. EQ's svB after 6 months ≤ Austritte).
    /// </summary>
    public int? PartOfId { get; set; }

    public IndicatorComponent? PartOf { get; set; }

    /// <summary>Hard upper bound of one unit's monthly value; null = the bound of the kind (<see cref="ComponentLimits"/>).</summary>
    public decimal? MaxValue { get; set; }
}
