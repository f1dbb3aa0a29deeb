using System.Text.Json;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>How a read path answers.</summary>
public enum ReadFormat
{
    Json,
    Page,
    Xlsx,
    Text,
}

/// <summary>
/// One read path that shows counts or unit names. <see cref="Counts"/> picks the counts of people out of the JSON answer
/// (of <see cref="CountSource"/> for a page or an XLSX: the JSON with the same figures); null when the path shows no
/// counts. <see cref="TeamLeadRefused"/>: the Teamleitung of team B may not open it at all (403/404, matrix).
/// </summary>
public sealed record ReadPath(string Url, ReadFormat Format, Func<JsonElement, CountKinds, IEnumerable<JsonElement>>? Counts = null,
    string? CountSource = null, bool TeamLeadRefused = false)
{
    public override string ToString() => $"{Format} {Url}";
}

/// <summary>
/// Every read path that returns counts or unit names to the Träger or a Teamleitung: API (JSON), pages, XLSX and CSV.
/// <see cref="ReadPathLeakTests"/> asks each as the Träger and as the Teamleitung of team B. Add a row for every new one.
/// </summary>
public static class ReadPaths
{
    private const string Dashboard = "/api/v1/dashboard?unit=JC&year=2015&month=5";
    private const string K3 = "/api/v1/dashboard/indicators/K3?unit=JC&year=2015&month=5";
    private const string K3Teams = K3 + "&level=Team";
    private const string Report = "/api/v1/reports/attainment?year=2015&quarter=1";
    private const string Sec16a = "/api/v1/reports/16a?year=2014&nr4=true";
    private const string But = "/api/v1/reports/but?year=2015&stichtag=2";
    private const string Review = "/api/v1/review?year=2015&quarter=1";
    private const string Meeting = "/api/v1/meetings/{meeting}";
    private const string Agenda = "/api/v1/meetings/{agenda}";
    private const string Curve = "/api/v1/series?unit=JC&indicator=K3&from=2014-06&to=2015-12";

    public static readonly IReadOnlyList<ReadPath> All =
    [
        // API
        new("/api/v1/org-units", ReadFormat.Json),
        new("/api/v1/targets?year=2015", ReadFormat.Json),
        new("/api/v1/attainment?unit=JC&year=2015&month=5", ReadFormat.Json, CountSelectors.Attainment),
        new("/api/v1/attainment?unit=GS-HIL&year=2015&month=5", ReadFormat.Json, CountSelectors.Attainment),
        new("/api/v1/series?unit=JC&indicator=K3&from=2014-01&to=2015-06", ReadFormat.Json, CountSelectors.Series),
        new("/api/v1/actuals?unit=JC&year=2015", ReadFormat.Json, CountSelectors.Actuals),
        new("/api/v1/actuals?unit=GS-ERK&year=2015", ReadFormat.Json, CountSelectors.Actuals, TeamLeadRefused: true),
        new("/api/v1/months?year=2015&month=6", ReadFormat.Json),
        new(Dashboard, ReadFormat.Json, CountSelectors.Dashboard),
        new(K3, ReadFormat.Json, CountSelectors.Indicator),
        new(K3Teams, ReadFormat.Json, CountSelectors.Indicator),
        new(Report, ReadFormat.Json, CountSelectors.Report),
        new(Sec16a, ReadFormat.Json, CountSelectors.Sec16a),
        new(But, ReadFormat.Json, CountSelectors.But),
        new(Review, ReadFormat.Json, CountSelectors.Review),
        new("/api/v1/review/snapshots/{snapshot}", ReadFormat.Json, CountSelectors.Review),
        new("/api/v1/review/snapshots/{snapshot}/compare", ReadFormat.Json, CountSelectors.Compare),
        new("/api/v1/measures", ReadFormat.Json),
        new("/api/v1/measures/{measure}", ReadFormat.Json),
        new("/api/v1/meetings?year=2015", ReadFormat.Json),
        new(Meeting, ReadFormat.Json, CountSelectors.Meeting),
        new(Agenda, ReadFormat.Json), // month 6: June not yet submitted, no count target in red or yellow
        new("/api/v1/termine?from=2015-01-01&to=2015-12-31", ReadFormat.Json),
        new("/api/v1/recurring-dates", ReadFormat.Json),
        new("/api/v1/comments/K2/JC/2015-06", ReadFormat.Json),
        new("/api/v1/imports/template.csv", ReadFormat.Text),

        // XLSX exports (the counts compared with the JSON of the same figures)
        new(Dashboard + "&format=xlsx", ReadFormat.Xlsx, CountSelectors.Dashboard, Dashboard),
        new(K3Teams + "&format=xlsx", ReadFormat.Xlsx, CountSelectors.Indicator, K3Teams),
        new(Report + "&format=xlsx", ReadFormat.Xlsx, CountSelectors.Report, Report),
        new(Sec16a + "&format=xlsx", ReadFormat.Xlsx, CountSelectors.Sec16a, Sec16a),
        new(But + "&format=xlsx", ReadFormat.Xlsx, CountSelectors.But, But),
        new("/api/v1/imports/template.xlsx", ReadFormat.Xlsx),

        // Pages (server-rendered HTML)
        new("/", ReadFormat.Page),
        new("/ziele?jahr=2015&monat=5", ReadFormat.Page, CountSelectors.Attainment, "/api/v1/attainment?unit=JC&year=2015&month=5"),
        new("/uebersicht?jahr=2015&monat=5", ReadFormat.Page, CountSelectors.Dashboard, Dashboard),
        new("/uebersicht/kennzahl/K3?einheit=JC&jahr=2015&monat=5&ebene=Team", ReadFormat.Page, CountSelectors.Indicator, K3Teams),
        new("/berichte/zielerreichung?jahr=2015&quartal=1", ReadFormat.Page, CountSelectors.Report, Report),
        new("/berichte/16a?jahr=2014&nr4=true", ReadFormat.Page, CountSelectors.Sec16a, Sec16a),
        new("/berichte/but?jahr=2015&stichtag=2", ReadFormat.Page, CountSelectors.But, But),
        new("/review/2015/1", ReadFormat.Page, CountSelectors.Review, Review),
        new("/review/stand/{snapshot}", ReadFormat.Page, CountSelectors.Review, "/api/v1/review/snapshots/{snapshot}"),
        new("/review/stand/{snapshot}/vergleich", ReadFormat.Page, CountSelectors.Compare, "/api/v1/review/snapshots/{snapshot}/compare"),
        new("/massnahmen", ReadFormat.Page),
        new("/massnahmen/{measure}", ReadFormat.Page, CountSelectors.Series, Curve),
        new("/sitzungen", ReadFormat.Page),
        new("/sitzungen/{meeting}", ReadFormat.Page, CountSelectors.Meeting, Meeting),
        new("/sitzungen/{agenda}", ReadFormat.Page),
        new("/sitzungen/{agenda}/protokoll", ReadFormat.Page),
        new("/sitzungen/{meeting}/protokoll", ReadFormat.Page, CountSelectors.Meeting, Meeting),
        new("/termine", ReadFormat.Page),
    ];
}
