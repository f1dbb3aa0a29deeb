using MeAktiv.Core.Common;

namespace MeAktiv.Core.Features.Import;

/// <summary>One German sentence about an import's result, for the API's problem <c>detail</c> and the import page.</summary>
public static class ImportSummary
{
    public static string Text(ImportResult r)
    {
        if (r.Ok)
        {
            var counts = $"{German.Count(r.New)} neu, {German.Count(r.Changed)} geändert, {German.Count(r.Unchanged)} unverändert";
            return r.DryRun
                ? $"{German.Count(r.Rows)} Zeilen geprüft, alle in Ordnung: {counts}. Noch ist nichts gespeichert."
                : $"{German.Count(r.Rows)} Zeilen importiert: {counts}.";
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

    private static string Rows(int count) => count == 1 ? "1 Zeile" : $"{German.Count(count)} Zeilen";
}
