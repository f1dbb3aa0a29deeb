using MeAktiv.Core.Common;
using MeAktiv.Core.Common.Export;

namespace MeAktiv.Core.Features.Budget;

/// <summary>The budget as an XLSX document (ADR 0008): the budgets' sums, and for those who read them the lines.</summary>
public static class BudgetExports
{
    private static readonly ExportColumn[] FigureColumns =
    [
        new("Plan", ExportFormat.Euro, 16), new("Mittelbindung", ExportFormat.Euro, 16), new("Ausgaben bisher", ExportFormat.Euro, 16),
        new("Auslastung", ExportFormat.Percent), new("Hochrechnung", ExportFormat.Euro, 16), new("Abweichung", ExportFormat.PercentChange),
        new("Ampel", ExportFormat.Text, 24),
    ];

    public static ExportDocument Document(BudgetReport r, DateTime nowUtc)
    {
        var stand = r.Month is { } m ? $"Stand {German.Month(r.Year, m)}" : "noch kein eingereichter Monat";
        var notes = new List<string> { stand, $"Ampel: Hochrechnung außerhalb Plan ± {German.Share(r.Margin)}" };
        if (r.Shift is { } s)
        {
            notes.Add($"Umschichtung geplant {German.Euro(s.Planned)} ({Share(s.PlannedShare)}), erforderlich laut Hochrechnung " +
                      $"{German.Euro(decimal.Round(s.Needed, 0))} ({Share(s.NeededShare)})");
        }

        if (r.CostPerIntegration is { } cost)
        {
            notes.Add($"Kosten je Integration: {German.Euro(decimal.Round(cost, 2))}");
        }

        var sheets = new List<ExportSheet>
        {
            new("Budgets", $"Haushalt {r.Year}", notes, [new("Budget", ExportFormat.Text, 40), .. FigureColumns],
                r.Budgets.Select(b => Row(b.Name, b.Figures)).ToList()),
        };
        if (r.LinesVisible)
        {
            sheets.Add(new("Positionen", $"Haushaltspositionen {r.Year}", [stand],
                [new("Position", ExportFormat.Text, 48), new("Budget", ExportFormat.Text, 18), .. FigureColumns],
                r.Lines.Select(l => (IReadOnlyList<object?>)[l.Name, l.Budget.ToString(), .. Row("", l.Figures).Skip(1)]).ToList()));
        }

        return new ExportDocument($"Haushalt {r.Year}", nowUtc, false, r.HasDemo, sheets);
    }

    private static IReadOnlyList<object?> Row(string name, BudgetFigures f) =>
        [name, f.Plan, f.Committed, f.PaidYtd, f.Utilisation * 100m, decimal.Round(f.Projection, 0), f.Deviation * 100m, BudgetNames.Light(f.Light)];

    private static string Share(decimal? share) => share is { } s ? German.Share(s) : "–";
}
