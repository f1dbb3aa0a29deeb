using MeAktiv.Core.Common;
using MeAktiv.Core.Common.Export;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Reports;

/// <summary>The three reports as <see cref="ExportDocument"/>s (one sheet per part), for <see cref="XlsxExporter"/>.</summary>
public static class ReportExports
{
    public static ExportDocument Attainment(AttainmentReport report, DateTime nowUtc) => new(
        $"Zielerreichung {report.PeriodText}", nowUtc, report.HasProvisionalTargets, report.HasDemoFigures,
        report.Parts.Select(p => new ExportSheet(p.UnitCode, $"Zielerreichung {p.UnitName} – {report.PeriodText}",
            Notes(report, p),
            [
                new("Kennzahl", ExportFormat.Text, 44), new("Zielart", ExportFormat.Text, 16), new("Ziel", ExportFormat.Decimal1),
                new("Status", ExportFormat.Text, 12), new("Ist", ExportFormat.Decimal1), new("Soll anteilig", ExportFormat.Decimal1),
                new("Ampel", ExportFormat.Text, 8), new("Prognose Jahresende", ExportFormat.Decimal1, 16),
                new("Prognosemethode", ExportFormat.Text, 36),
            ],
            p.Rows.Select(r => (IReadOnlyList<object?>)
            [
                $"{r.IndicatorCode} {r.IndicatorName}", CategoryText(r.Category), Number(r.Target, r),
                StatusText(r), r.ActualHiddenBelow is { } n ? SmallCellRule.Text(n) : Number(r.Actual, r), Number(r.PhasedTarget, r), LightText(r.Light),
                Number(r.Forecast, r), r.ForecastMethod,
            ]).ToList())).ToList());

    private static List<string> Notes(AttainmentReport report, AttainmentReportPart part)
    {
        var notes = new List<string>();
        if (report.Datenstand.IsProvisional)
        {
            var c = report.Datenstand.Coverage;
            notes.Add($"vorläufig: {c.Submitted} von {c.Expected} Einheiten eingereicht ({German.MonthDigits(report.Year, report.Month)}).");
        }

        if (part.Kind != OrgUnitKind.Jobcenter)
        {
            notes.Add("Ziel „(JC)“: Quote des Jobcenters als Maßstab; Anzahlen werden nicht heruntergebrochen.");
        }

        return notes;
    }

    public static ExportDocument Sec16a(Sec16aReport report, DateTime nowUtc)
    {
        var columns = new List<ExportColumn> { new("Stadt", ExportFormat.Text, 22) };
        columns.AddRange(report.Services.Select(s => new ExportColumn(s.Name, ExportFormat.Integer, 18)));
        columns.Add(new("Summe", ExportFormat.Integer));
        columns.Add(new("erfasst von", ExportFormat.Text, 40));
        var lines = report.Cities.Append(report.Total).ToList();
        object? Cell(decimal? value) => value is null && report.HiddenBelow is { } n ? SmallCellRule.Text(n) : value;
        var rows = lines.Select(l => (IReadOnlyList<object?>)[l.CityName, .. l.PerService.Select(Cell), Cell(l.Sum), string.Join(", ", l.EnteredBy)]).ToList();
        var notes = new List<string> { "Kunden, die im Jahr eine kommunale Eingliederungsleistung nach § 16a SGB II erhalten haben, je Stadt." };
        if (report.IsIncomplete)
        {
            notes.Add(report.LastMonth is { } m ? $"Vorläufig: Zahlen bis {German.MonthDigits(report.Year, m)}." : "Keine Zahlen erfasst.");
        }

        return new ExportDocument($"§ 16a SGB II – Bericht {report.Year} (stadtscharf)", nowUtc, report.IsIncomplete, report.HasDemoFigures,
            [new ExportSheet("Paragraph 16a", $"Kommunale Eingliederungsleistungen § 16a SGB II {report.Year}", notes, columns, rows,
                new HashSet<int> { rows.Count - 1 })]);
    }

    public static ExportDocument But(ButReport report, DateTime nowUtc)
    {
        ExportColumn[] columns =
        [
            new("Geschäftsstelle / Stadt", ExportFormat.Text, 34), new("Anträge bearbeitet", ExportFormat.Integer, 16),
            new("Anträge offen", ExportFormat.Integer), new("Aufwendungen", ExportFormat.Euro, 18), new("Rückstände", ExportFormat.Integer),
        ];
        // Open and backlog are also null where nothing was entered: "< n" only for a count hidden as a small cell
        object? Cell(decimal? value, bool hidden) => hidden && report.HiddenBelow is { } n ? SmallCellRule.Text(n) : value;
        IReadOnlyList<object?> Row(ButLine l) =>
            [l.Name, Cell(l.Processed, l.ProcessedHidden), Cell(l.Open, l.OpenHidden), l.Expenditure, Cell(l.Backlog, l.BacklogHidden)];
        var notes = new List<string> { $"Stichtag {German.Date(report.Date)}; bearbeitet und Aufwendungen im Zeitraum {report.PeriodText}, offen und Rückstände am Stichtag." };
        if (report.IsIncomplete)
        {
            notes.Add("Vorläufig: es fehlen Zahlen für " + string.Join(", ", report.MissingMonths) + ".");
        }

        var siteRows = new List<IReadOnlyList<object?>>();
        var bold = new HashSet<int>();
        foreach (var site in report.Sites)
        {
            siteRows.AddRange(site.Cities.Select(Row));
            bold.Add(siteRows.Count);
            siteRows.Add(Row(site.Subtotal));
        }

        var cityRows = report.Cities.Append(report.Total).Select(Row).ToList();
        var title = $"BuT-Quartalsbericht zum {German.Date(report.Date)}";
        return new ExportDocument(title, nowUtc, report.IsIncomplete, report.HasDemoFigures,
        [
            new ExportSheet("Je Geschäftsstelle", title + " – je Geschäftsstelle und Stadt", notes, columns, siteRows, bold),
            new ExportSheet("Je Stadt", title + " – je Stadt und gesamt", notes, columns, cityRows, new HashSet<int> { cityRows.Count - 1 }),
        ]);
    }

    public static string CategoryText(TargetCategory category) => category switch
    {
        TargetCategory.BaZiel => "BA-Ziel § 48b",
        TargetCategory.LokalesZiel => "lokales Ziel",
        TargetCategory.KommunalesZiel => "kommunales Ziel",
        TargetCategory.Planungswert => "Planungswert",
        TargetCategory.Stadtbericht => "Berichtszahl",
        _ => "Monitoring",
    };

    public static string LightText(TrafficLight light) => light switch
    {
        TrafficLight.Green => "grün",
        TrafficLight.Yellow => "gelb",
        TrafficLight.Red => "rot",
        _ => "keine",
    };

    public static string StatusText(AttainmentReportRow row) => row switch
    {
        { Target: null, TargetSource: { } source } => source,
        { Target: null, Status: not null } => "noch offen",
        _ => (row.Status switch
        {
            TargetStatus.Vorlaeufig => "vorläufig",
            TargetStatus.Planungsangebot => "Planungsangebot",
            TargetStatus.Final => "endgültig",
            TargetStatus.Angepasst => "angepasst",
            _ => "",
        }) + (row.TargetSource is { } s ? $" ({s})" : ""),
    };

    /// <summary>The display format of a row's numbers (targets of change kinds carry a sign).</summary>
    public static ExportFormat FormatOf(IndicatorUnit unit, bool isChange) => unit switch
    {
        IndicatorUnit.Prozent => isChange ? ExportFormat.PercentChange : ExportFormat.Percent,
        IndicatorUnit.Anzahl => ExportFormat.Integer,
        IndicatorUnit.EUR => ExportFormat.Euro,
        _ => ExportFormat.Decimal1,
    };

    private static ExportNumber? Number(decimal? value, AttainmentReportRow row) =>
        value is { } v ? new ExportNumber(v, FormatOf(row.Unit, row.IsChange)) : null;
}
