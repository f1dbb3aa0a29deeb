using System.Globalization;

namespace MeAktiv.Core.Features.Import;

/// <summary>One German sentence about an import's result, for the API's problem <c>detail</c> and the import page.</summary>
public static class ImportSummary
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Text(ImportResult r)
    {
        if (r.Ok)
        {
            var counts = string.Create(German, $"{r.New:N0} neu, {r.Changed:N0} geändert, {r.Unchanged:N0} unverändert");
            return r.DryRun
                ? string.Create(German, $"{r.Rows:N0} Zeilen geprüft, alle in Ordnung: {counts}. Noch ist nichts gespeichert.")
                : string.Create(German, $"{r.Rows:N0} Zeilen importiert: {counts}.");
        }

        var nothing = r.DryRun ? "So kann die Datei nicht importiert werden." : "Es wurde nichts gespeichert.";
        if (r.Errors is [{ Row: null } only])
        {
            return $"{only.Message} {nothing}";
        }

        var rows = r.Errors.Where(e => e.Row is not null).Select(e => e.Row!.Value).Distinct().Count();
        return r.Status switch
        {
            ImportStatus.Forbidden => $"Keine Berechtigung für {Rows(rows)} der Datei (Einheiten, deren Zahlen Sie nicht ändern dürfen). {nothing}",
            ImportStatus.Conflict => $"{Rows(rows)} der Datei betreffen einen abgeschlossenen Monat oder wurden inzwischen geändert. {nothing}",
            _ => $"{Rows(rows)} der Datei {(rows == 1 ? "ist" : "sind")} fehlerhaft. {nothing}",
        };
    }

    private static string Rows(int count) => count == 1 ? "1 Zeile" : string.Create(German, $"{count:N0} Zeilen");
}
