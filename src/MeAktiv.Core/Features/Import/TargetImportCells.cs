using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Targets;

namespace MeAktiv.Core.Features.Import;

/// <summary>The target import's own cells (status, phasing, monthly plan), each unreadable cell an error of its row.</summary>
internal static class TargetImportCells
{
    /// <summary>The phasing as the page names it: linear, Vorjahr (last year's pattern) or Plan; null when empty.</summary>
    public static TargetPhasing? OptionalPhasing(this ImportCells row, string column) => row.OptionalText(column)?.ToLowerInvariant() switch
    {
        null => null,
        "linear" => TargetPhasing.Linear,
        "vorjahr" or "vorjahresmuster" or "lastyear" => TargetPhasing.LastYear,
        "plan" or "monatsplan" => TargetPhasing.Plan,
        var other => row.Fail<TargetPhasing?>(column, $"Unbekannte Phasierung '{ImportText.Show(other)}': erlaubt sind linear, Vorjahr und Plan."),
    };

    /// <summary>A monthly plan, its values separated by spaces or "|" (the file's own separator is ";"), or null.</summary>
    public static IReadOnlyList<decimal>? OptionalPlan(this ImportCells row, string column)
    {
        if (row.OptionalText(column) is not { } text)
        {
            return null;
        }

        var (values, error) = TargetPlanText.Parse(text.Replace('|', '\n').Replace(' ', '\n'));
        return error is null ? values : row.Fail<IReadOnlyList<decimal>?>(column, error);
    }

    public static TargetStatus? Status(this ImportCells row, string column) => row.Text(column) is not { } text ? null
        : TargetStatusNames.Parse(text) ?? row.Fail<TargetStatus?>(column,
            $"Unbekannter Status '{ImportText.Show(text)}': erlaubt sind Planungsangebot, vorläufig, endgültig und angepasst.");
}
