using MeAktiv.Core.Common;
using MeAktiv.Core.Common.Export;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Features.Reports;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>
/// One indicator's dashboard page as an <see cref="ExportDocument"/>: the card, the ranked drill-down, the chart series
/// (path with forecast, last year, rolling K2) and the raw components, one sheet each, from the same
/// <see cref="IndicatorView"/> the page shows.
/// </summary>
public static class IndicatorExports
{
    public static ExportDocument Of(IndicatorView view, DateTime nowUtc)
    {
        var card = view.Card;
        var stand = $"Stand {German.Month(card.Year, card.Month)}";
        var sheets = new List<ExportSheet>
        {
            new("Kennzahl", $"{card.Code} {card.Name} – {view.Unit.Name}, {stand}",
                DashboardExports.Notes(view.SmallCellLimit,
                    [$"Formel: {view.FormulaInWords}", DashboardExports.CardNote, .. DashboardExports.Structure(view.StructureChanges)]), DashboardExports.CardColumns,
                [DashboardExports.CardRow(card)]),
        };
        if (view.Ranking.Rows.Count > 0)
        {
            sheets.Add(Ranking(view));
        }

        sheets.Add(new ExportSheet("Verlauf", $"Ist, Soll anteilig und Prognose {card.Year} – {view.Unit.Name}",
            ["Prognose: " + (card.Result.ForecastMethod ?? "keine")],
            [new("Monat", ExportFormat.Text, 12), new("Ist", ExportFormat.Decimal1), new("Soll anteilig", ExportFormat.Decimal1), new("Prognose", ExportFormat.Decimal1)],
            view.Path.Select(p => (IReadOnlyList<object?>)[German.MonthDigits(card.Year, p.Month), N(card, p.Actual), N(card, p.PhasedTarget), N(card, p.Forecast)]).ToList()));
        sheets.Add(new ExportSheet("Vorjahr", $"Vergleich mit den Vorjahresmonaten – {view.Unit.Name}", ["Stand zum jeweiligen Monat."],
            [new("Monat", ExportFormat.Text, 12), new($"{card.Year}", ExportFormat.Decimal1), new($"{card.Year - 1}", ExportFormat.Decimal1)],
            view.LastYear.Select(p => (IReadOnlyList<object?>)[$"{p.Month:00}", N(card, p.ThisYear), N(card, p.LastYear)]).ToList()));
        if (view.Rolling12.Any(p => p.Value is not null))
        {
            sheets.Add(new ExportSheet("Gleitend 12 Monate", $"Integrationsquote über gleitende 12 Monate – {view.Unit.Name}",
                ["100 × Integrationen der letzten 12 Monate ÷ Ø eLb-Bestand der jeweiligen Vormonate."],
                [new("Monat", ExportFormat.Text, 12), new("Integrationsquote gleitend", ExportFormat.Percent, 24)],
                view.Rolling12.Select(p => (IReadOnlyList<object?>)[German.MonthDigits(p.Month.Year, p.Month.Month), N(card, p.Value)]).ToList()));
        }

        if (view.Components.Count > 0)
        {
            sheets.Add(Components(view));
        }

        return new ExportDocument($"{card.Name} – {view.Unit.Name}, {stand}", nowUtc, card.IsProvisional, view.HasDemoFigures, sheets);
    }

    private static ExportSheet Ranking(IndicatorView view)
    {
        var card = view.Card;
        var notes = new List<string> { $"Methode: {view.Ranking.Method}" };
        if (view.Ranking.HiddenUnits > 0)
        {
            notes.Add($"{view.Ranking.HiddenUnits} Einheiten dieser Ebene sind für Ihre Rolle nicht einzeln sichtbar.");
        }

        var rows = view.Ranking.Rows.Concat(view.Ranking.Dissolved).Select(r => (IReadOnlyList<object?>)
        [
            r.LastMonth is null ? r.Rank : (int?)null,
            r.LastMonth is { } l ? $"{r.Unit.Name} (aufgelöst, Stand {German.MonthDigits(view.Card.Year, l)})" : r.Unit.Name,
            r.ActualHiddenBelow is { } n ? SmallCellRule.Text(n) : N(card, r.Actual), N(card, r.ReferenceTarget), r.ReferenceSource, N(card, r.PhasedTarget),
            DashboardExports.Variance(card, r.Variance), ReportExports.LightText(r.Light),
            r.Weight is { } w ? new ExportNumber(w * 100m, ExportFormat.Percent) : null,
            DashboardExports.Variance(card, r.Contribution),
        ]).ToList();
        var sums = new HashSet<int> { rows.Count };
        rows.Add(Total($"Abweichung von {view.Unit.Name}", DashboardExports.Variance(card, view.Ranking.ParentVariance)));
        if (view.Ranking.SumOfContributions is { } sum)
        {
            sums.Add(rows.Count);
            rows.Add(Total(view.Ranking.Dissolved.Count > 0 ? "Summe der Beiträge (mit aufgelösten Einheiten)" : "Summe der Beiträge",
                DashboardExports.Variance(card, sum)));
        }

        return new ExportSheet("Drill-down", $"Beitrag zur Abweichung von {view.Unit.Name} – {card.Code} {card.Name}", notes,
            [
                new("Rang", ExportFormat.Integer, 6), new("Einheit", ExportFormat.Text, 30), new("Ist", ExportFormat.Decimal1), new("Ziel (Bezug)", ExportFormat.Decimal1),
                new("Bezug", ExportFormat.Text, 36), new("Soll anteilig", ExportFormat.Decimal1), new("Abweichung", ExportFormat.Decimal1), new("Ampel", ExportFormat.Text, 8),
                new("Gewicht", ExportFormat.Decimal1), new("Beitrag zur Abweichung", ExportFormat.Decimal1, 20),
            ],
            rows, sums);
    }

    private static IReadOnlyList<object?> Total(string label, ExportNumber? value) => ["", label, "", "", "", "", "", "", "", value];

    private static ExportSheet Components(IndicatorView view)
    {
        var columns = new List<ExportColumn> { new("Komponente", ExportFormat.Text, 36), new("Rolle", ExportFormat.Text, 8), new("Jahr", ExportFormat.Text, 6) };
        columns.AddRange(Enumerable.Range(1, 12).Select(m => new ExportColumn($"{m:00}", ExportFormat.Decimal1, 10)));
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var c in view.Components)
        {
            var format = c.Kind switch
            {
                ComponentKind.Amount => ExportFormat.Euro,
                ComponentKind.Percent => ExportFormat.Percent,
                ComponentKind.Fte => ExportFormat.Decimal1,
                _ => ExportFormat.Integer,
            };
            var role = German.RoleName(c.Role);
            foreach (var (year, values) in new[] { (view.Card.Year, c.ThisYear), (view.Card.Year - 1, c.LastYear) })
            {
                rows.Add([$"{c.Code} {c.Name}", role, $"{year}", .. values.Select(v => v is { } x ? new ExportNumber(x, format) : null)]);
            }
        }

        return new ExportSheet("Komponenten", $"Monatswerte der Komponenten – {view.Unit.Name}",
            ["Summe der erfassten Monatswerte der Einheit und aller Einheiten darunter; „–“: nicht erfasst."], columns, rows);
    }

    private static ExportNumber? N(IndicatorCard card, decimal? value) => DashboardExports.Number(card, value);
}
