namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// The machine-readable codes of the plausibility rules (docs/kennzahlen.md, "Plausibilitätsregeln"), sent with the
/// German message by the API and the import. Hard findings refuse the figure; soft ones need a confirmation with a
/// reason (<see cref="FigureInput.Confirm"/>, <see cref="FigureInput.ConfirmReason"/>).
/// </summary>
public static class FigureFindings
{
    /// <summary>Hard: a "davon" part is larger than its whole in the same unit and month.</summary>
    public const string PartExceedsWhole = "PartExceedsWhole";

    /// <summary>Hard: above the component's upper bound (<see cref="Domain.ComponentLimits"/>).</summary>
    public const string AboveLimit = "AboveLimit";

    /// <summary>Soft: changes against last month by more than the factor.</summary>
    public const string JumpFromPreviousMonth = "JumpPreviousMonth";

    /// <summary>Soft: changes against the same month last year by more than the factor.</summary>
    public const string JumpFromLastYear = "JumpLastYear";

    /// <summary>Soft: above <see cref="FigureOptions.HistoryFactor"/> times the unit's largest value of the last 12 months.</summary>
    public const string AboveHistory = "AboveHistory";

    public const int ReasonMinLength = 5;

    public const int ReasonMaxLength = 500;

    /// <summary>Whether the code is one of the plausibility rules' (the other rules send no code).</summary>
    public static bool IsCode(string? code) => code is PartExceedsWhole or AboveLimit || IsSoft(code);

    /// <summary>Whether a confirmation with a reason may accept the finding.</summary>
    public static bool IsSoft(string? code) => code is JumpFromPreviousMonth or JumpFromLastYear or AboveHistory;

    /// <summary>Whether <paramref name="reason"/> is long enough to confirm a finding.</summary>
    public static bool IsReason(string? reason) => reason?.Trim().Length >= ReasonMinLength;

    /// <summary>The reason kept in the audit entry of a figure whose findings were confirmed.</summary>
    public static string AuditReason(IEnumerable<string> codes, string reason) =>
        $"Plausibilität bestätigt ({string.Join(", ", codes.Distinct().Select(Label))}): {reason.Trim()}";

    private static string Label(string code) => code switch
    {
        JumpFromPreviousMonth => "Sprung zum Vormonat",
        JumpFromLastYear => "Sprung zum Vorjahresmonat",
        AboveHistory => "weit über den letzten 12 Monaten",
        _ => code,
    };
}
