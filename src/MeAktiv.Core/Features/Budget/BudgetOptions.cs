namespace MeAktiv.Core.Features.Budget;

/// <summary>Settings of the budget follow-up (section <c>Budget</c>).</summary>
public sealed class BudgetOptions
{
    public const string Section = "Budget";

    /// <summary>The light's margin: a projection beyond plan ± this share is yellow (under) or red (over). Default 0,05.</summary>
    public decimal Margin { get; set; } = 0.05m;

    /// <summary>Days from the submission until the duty „Kreis informieren“ is due.</summary>
    public int InformKreisDays { get; set; } = 14;
}
