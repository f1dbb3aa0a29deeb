namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>
/// What a formula kind computes; the common rules (variance, ratio, light) are applied by <see cref="AttainmentCalculator"/>.
/// <see cref="Achieved"/> and <see cref="TargetLevel"/> are what the attainment ratio compares: the actual and the
/// phased target for most kinds, the levels (sums or means) for the change kinds.
/// </summary>
internal sealed record FormulaOutcome
{
    public static FormulaOutcome Nothing { get; } = new();

    public decimal? Actual { get; init; }

    public decimal? PhasedTarget { get; init; }

    public decimal? Achieved { get; init; }

    public decimal? TargetLevel { get; init; }

    public decimal? Forecast { get; init; }

    public string? ForecastMethod { get; init; }

    public decimal? RequiredPerMonth { get; init; }
}

/// <summary>One formula kind of domain.md section 3.</summary>
internal interface IFormula
{
    FormulaOutcome Evaluate(FormulaContext context);
}
