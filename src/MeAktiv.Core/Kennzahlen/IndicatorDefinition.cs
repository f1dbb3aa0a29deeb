using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Kennzahlen;

/// <summary>
/// Everything the engine needs to know about an indicator: its formula, direction, thresholds, phasing and forecast
/// settings, and which component plays which role. Free of EF Core; build it with <see cref="FromEntity"/>.
/// </summary>
public sealed record IndicatorDefinition
{
    /// <summary>The indicator's code, e.g. <c>K2</c>.</summary>
    public required string Code { get; init; }

    /// <summary>How the headline value is derived from the components (domain.md section 3).</summary>
    public required FormulaKind Formula { get; init; }

    /// <summary>Higher or lower is better, or monitoring only (no ratio, no light).</summary>
    public Direction Direction { get; init; } = Direction.HigherIsBetter;

    /// <summary>Unit of the headline value (for display; the engine does not depend on it).</summary>
    public IndicatorUnit Unit { get; init; } = IndicatorUnit.Prozent;

    /// <summary>Attainment ratio from which the light is green (default 1,00).</summary>
    public decimal GreenFrom { get; init; } = 1.00m;

    /// <summary>Attainment ratio from which the light is yellow (default 0,97).</summary>
    public decimal YellowFrom { get; init; } = 0.97m;

    /// <summary>How an annual target is spread over the months (only cumulative kinds are phased: K2 and year-to-date sums).</summary>
    public PhasingKind Phasing { get; init; } = PhasingKind.Linear;

    /// <summary>Integrationsquote: the denominator uses the months before each integration month (default on).</summary>
    public bool ShiftDenominator { get; init; } = true;

    /// <summary>Forecast the remaining months of flows from last year's seasonal shape instead of the last three months.</summary>
    public bool SeasonalForecast { get; init; }

    /// <summary>Code of the component with role <see cref="ComponentRole.Value"/> (single-series kinds).</summary>
    public string? ValueComponent { get; init; }

    /// <summary>Code of the component with role <see cref="ComponentRole.Numerator"/> (ratio kinds and K2).</summary>
    public string? NumeratorComponent { get; init; }

    /// <summary>Code of the component with role <see cref="ComponentRole.Denominator"/> (ratio kinds and K2).</summary>
    public string? DenominatorComponent { get; init; }

    /// <summary>True for the kinds computed from a numerator and a denominator series.</summary>
    public bool IsPairKind => Formula is FormulaKind.IntegrationRate or FormulaKind.RatioOfSums
        or FormulaKind.ContactsPerCustomer or FormulaKind.RatioOfAverages;

    /// <summary>
    /// Maps the EF entity. Each role takes the first component with that role (by <c>SortOrder</c>, then <c>Id</c>).
    /// </summary>
    public static IndicatorDefinition FromEntity(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        string? CodeOf(ComponentRole role) => indicator.Components
            .Where(c => c.Role == role)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => c.Code)
            .FirstOrDefault();

        return new IndicatorDefinition
        {
            Code = indicator.Code,
            Formula = indicator.Formula,
            Direction = indicator.Direction,
            Unit = indicator.Unit,
            GreenFrom = indicator.GreenFrom,
            YellowFrom = indicator.YellowFrom,
            Phasing = indicator.Phasing,
            ShiftDenominator = indicator.ShiftDenominator,
            SeasonalForecast = indicator.SeasonalForecast,
            ValueComponent = CodeOf(ComponentRole.Value),
            NumeratorComponent = CodeOf(ComponentRole.Numerator),
            DenominatorComponent = CodeOf(ComponentRole.Denominator),
        };
    }

    /// <summary>
    /// What keeps the formula from being computed at all (German, for the UI and <see cref="AttainmentResult.Missing"/>):
    /// an unknown formula kind or a component role the formula needs but the definition lacks. Empty when usable.
    /// </summary>
    public IReadOnlyList<string> ConfigurationProblems()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Formula))
        {
            problems.Add($"Formelart {(int)Formula} ist unbekannt ({Code})");
            return problems;
        }

        if (IsPairKind)
        {
            if (string.IsNullOrWhiteSpace(NumeratorComponent))
            {
                problems.Add($"Komponente mit Rolle Zähler fehlt ({Code})");
            }

            if (string.IsNullOrWhiteSpace(DenominatorComponent))
            {
                problems.Add($"Komponente mit Rolle Nenner fehlt ({Code})");
            }
        }
        else if (string.IsNullOrWhiteSpace(ValueComponent))
        {
            problems.Add($"Komponente mit Rolle Wert fehlt ({Code})");
        }

        return problems;
    }
}
