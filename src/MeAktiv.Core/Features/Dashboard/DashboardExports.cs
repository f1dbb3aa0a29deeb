using MeAktiv.Core.Common;
using MeAktiv.Core.Common.Export;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Features.Reports;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>
/// The dashboards as <see cref="ExportDocument"/>s for <see cref="XlsxExporter"/>: the Gesamtübersicht with one sheet
/// per target category plus the 13-month history of every card, and one indicator's page with its drill-down, chart
/// series and components. Numbers stay raw (full precision) with the indicator's display format; the same figures as
/// on the screen, because both come from the same <see cref="DashboardOverview"/> / <see cref="IndicatorView"/>.
/// </summary>
public static class DashboardExports
{
    public static ExportDocument Overview(DashboardOverview overview, DateTime nowUtc)
    {
        var stand = $"Stand {German.Month(overview.Year, overview.Month)}";
        var title = $"{(overview.Unit.Kind == OrgUnitKind.Jobcenter ? "Gesamtübersicht" : "Übersicht")} {overview.Unit.Name} – {stand}";
        var sheets = overview.Cards.GroupBy(c => c.Category).OrderBy(g => g.Key)
            .Select(g => new ExportSheet(SheetName(g.Key), $"{CategoryTitle(g.Key)} – {overview.Unit.Name}, {stand}",
                Notes(overview.SmallCellLimit, [CardNote, .. Structure(overview.StructureChanges)]), CardColumns, g.Select(CardRow).ToList()))
            .ToList();
        if (overview.Cards.Count > 0)
        {
            sheets.Add(History(overview));
        }

        return new ExportDocument(title, nowUtc, overview.Cards.Any(c => c.IsProvisional), overview.HasDemoFigures, sheets);
    }

    /// <summary>The cards' columns (also the first sheet of an indicator's export).</summary>
    internal static readonly IReadOnlyList<ExportColumn> CardColumns =
    [
        new("Kennzahl", ExportFormat.Text, 40), new("Ist", ExportFormat.Decimal1), new("Ziel", ExportFormat.Decimal1),
        new("Zielstatus", ExportFormat.Text, 16), new("Soll anteilig", ExportFormat.Decimal1),
        new("Abweichung", ExportFormat.Decimal1), new("Ampel", ExportFormat.Text, 8),
        new("Prognose Jahresende", ExportFormat.Decimal1, 16), new("Prognosemethode", ExportFormat.Text, 40),
        new("Noch nötig je Monat", ExportFormat.Decimal1, 16), new("Bezug", ExportFormat.Text, 36),
    ];

    internal const string CardNote = "Ist = Wert bis zum Berichtsmonat; Soll anteilig = Ziel auf den Berichtsmonat heruntergebrochen; " +
        "Abweichung in Prozentpunkten (Pp.) bei Quoten. Ampel: grün ab 100 %, gelb ab 97 % Zielerreichung.";

    internal static IReadOnlyList<object?> CardRow(IndicatorCard card)
    {
        var r = card.Result;
        return
        [
            $"{card.Code} {card.Name}", card.ActualHiddenBelow is { } n ? SmallCellRule.Text(n) : Number(card, r.Actual), Number(card, r.Target), TargetStatusText(card),
            Number(card, r.PhasedTarget), Variance(card, r.Variance), ReportExports.LightText(r.Light), Number(card, r.Forecast),
            r.ForecastMethod, r.RequiredPerMonth is { } q ? new ExportNumber(q, RequiredFormat(card.RequiredKind)) : null,
            card.TargetSource ?? card.RequiredUnit,
        ];
    }

    private static ExportSheet History(DashboardOverview overview)
    {
        var months = overview.Cards[0].Sparkline.Select(p => p.Month).ToList();
        var columns = new List<ExportColumn> { new("Kennzahl", ExportFormat.Text, 40), new("Reihe", ExportFormat.Text, 26) };
        columns.AddRange(months.Select(m => new ExportColumn(German.MonthDigits(m.Year, m.Month), ExportFormat.Decimal1, 11)));
        var rows = overview.Cards.Select(card => (IReadOnlyList<object?>)
            [$"{card.Code} {card.Name}", card.SparklineLabel, .. months.Select(m => Number(card, card.Sparkline.FirstOrDefault(p => p.Month == m)?.Value))])
            .ToList();
        return new ExportSheet("Verlauf 13 Monate", $"Verlauf der letzten 13 Monate – {overview.Unit.Name}",
            ["Die Werte der Sparklines: Integrationsquote als gleitende 12 Monate, sonst der Stand zum jeweiligen Monat (beginnt jeden Januar neu; im Diagramm ist die Linie am Jahreswechsel unterbrochen, gestrichelt der Vorjahresmonat)."], columns, rows);
    }

    /// <summary>The notes of a sheet, with the small-cell explanation first where counts were hidden for the caller.</summary>
    internal static string[] Structure(IReadOnlyList<StructureChange> changes) =>
        StructureChange.NoteOf(changes) is { } note ? [note] : [];

    internal static IReadOnlyList<string> Notes(int? smallCellLimit, params string[] notes) => smallCellLimit is { } n
        ? [$"„< {n}“: kleine Fallzahl (unter {n}), aus Gründen des Datenschutzes nicht ausgewiesen; daraus berechnete Werte fehlen ebenfalls.", .. notes]
        : notes;

    internal static ExportNumber? Number(IndicatorCard card, decimal? value) =>
        value is { } v ? new ExportNumber(v, ReportExports.FormatOf(card.Unit, card.IsChange)) : null;

    internal static ExportNumber? Variance(IndicatorCard card, decimal? value) => value is not { } v
        ? null
        : new ExportNumber(v, card.Unit switch
        {
            IndicatorUnit.Prozent => ExportFormat.Points,
            IndicatorUnit.Verhaeltnis => ExportFormat.Decimal2,
            _ => ReportExports.FormatOf(card.Unit, isChange: false),
        });

    private static ExportFormat RequiredFormat(ComponentKind? kind) => kind switch
    {
        ComponentKind.Amount => ExportFormat.Euro,
        ComponentKind.Percent => ExportFormat.Percent,
        ComponentKind.Hours or ComponentKind.Stock => ExportFormat.Integer,
        _ => ExportFormat.Decimal1,
    };

    private static string TargetStatusText(IndicatorCard card) => card.Target switch
    {
        null => "kein Ziel",
        { Value: null } => "noch offen",
        { Status: TargetStatus.Vorlaeufig } => "vorläufig",
        { Status: TargetStatus.Planungsangebot } => "Planungsangebot",
        { Status: TargetStatus.Angepasst } => "angepasst",
        _ => "endgültig",
    };

    private static string SheetName(TargetCategory category) => category switch
    {
        TargetCategory.BaZiel => "BA-Ziele",
        TargetCategory.LokalesZiel => "Lokale Ziele",
        TargetCategory.KommunalesZiel => "Kommunale Ziele",
        TargetCategory.Planungswert => "Planungswerte",
        TargetCategory.Stadtbericht => "Berichtszahlen",
        _ => "Monitoring",
    };

    private static string CategoryTitle(TargetCategory category) => category switch
    {
        TargetCategory.BaZiel => "BA-Ziele nach § 48b SGB II",
        _ => SheetName(category),
    };
}
