using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>The formula object for each <see cref="FormulaKind"/> (stateless, shared).</summary>
internal static class FormulaRegistry
{
    private static readonly IFormula IntegrationRate = new IntegrationRateFormula();
    private static readonly IFormula AnnualAverage = new AnnualAverageFormula();
    private static readonly IFormula ChangeOfSum = new ChangeFormula(average: false);
    private static readonly IFormula ChangeOfAverage = new ChangeFormula(average: true);
    private static readonly IFormula RatioOfSums = new RatioOfSumsFormula();
    private static readonly IFormula ContactsPerCustomer = new ContactsPerCustomerFormula();
    private static readonly IFormula YearToDateSum = new YearToDateSumFormula();
    private static readonly IFormula RatioOfAverages = new RatioOfAveragesFormula();

    /// <summary>The formula, or null for an undefined enum value (reported by <see cref="IndicatorDefinition.ConfigurationProblems"/>).</summary>
    public static IFormula? For(FormulaKind kind) => kind switch
    {
        FormulaKind.IntegrationRate => IntegrationRate,
        FormulaKind.AnnualAverage => AnnualAverage,
        FormulaKind.ChangeOfSum => ChangeOfSum,
        FormulaKind.ChangeOfAverage => ChangeOfAverage,
        FormulaKind.RatioOfSums => RatioOfSums,
        FormulaKind.ContactsPerCustomer => ContactsPerCustomer,
        FormulaKind.YearToDateSum => YearToDateSum,
        FormulaKind.RatioOfAverages => RatioOfAverages,
        _ => null,
    };

    /// <summary>Evaluates the definition's formula; a definition that cannot be computed yields nothing but its problems.</summary>
    public static FormulaOutcome Evaluate(FormulaContext context)
    {
        var problems = context.Definition.ConfigurationProblems();
        if (problems.Count > 0 || For(context.Definition.Formula) is not { } formula)
        {
            foreach (var problem in problems)
            {
                context.Missing.AddNote(problem);
            }

            return FormulaOutcome.Nothing;
        }

        return formula.Evaluate(context);
    }
}
