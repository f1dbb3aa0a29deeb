using MeAktiv.Core.Common;

namespace MeAktiv.Core.Features.Import;

/// <summary>One German sentence about an import's result, for the API's problem <c>detail</c> and the import page.</summary>
public static class ImportSummary
{
    public static string Text(ImportResult r) => Sentence(r) + Listed(r.Errors.Count, r.ErrorCount, "Fehlern")
        + Listed(r.Warnings.Count, r.WarningCount, "Hinweisen");

    /// <summary>When a list was cut (<see cref="ImportOptions.MaxListedErrors"/>): how much of it is shown.</summary>
    private static string Listed(int listed, int total, string dative) => listed < total
        ? $" Aufgeführt sind die ersten {German.Count(listed)} von {German.Count(total)} {dative}."
        : "";

    private static string Sentence(ImportResult r)
    {
        if (r.Ok)
        {
            var counts = $"{German.Count(r.New)} neu, {German.Count(r.Changed)} geändert, {German.Count(r.Unchanged)} unverändert"
                + Skipped(r.Skipped);
            var warned = r.WarningRows;
            return (r.DryRun, r.Warnings.Count > 0) switch
            {
                (true, false) => $"{German.Count(r.Rows)} Zeilen geprüft, alle in Ordnung: {counts}. Noch ist nichts gespeichert.",
                (true, true) => $"{German.Count(r.Rows)} Zeilen geprüft: {counts}. {Rows(warned)} mit Plausibilitätshinweisen: " +
                    (r.Confirmed ? "bestätigt." : "Import nur mit Bestätigung und Begründung.") + " Noch ist nichts gespeichert.",
                (false, false) => $"{German.Count(r.Rows)} Zeilen importiert: {counts}.",
                (false, true) => $"{German.Count(r.Rows)} Zeilen importiert: {counts}. {Rows(warned)} mit bestätigten Plausibilitätshinweisen.",
            };
        }

        var nothing = r.DryRun ? "So kann die Datei nicht importiert werden." : "Es wurde nichts gespeichert.";
        if (r.Errors is [{ Row: null } only])
        {
            return $"{only.Message} {nothing}";
        }

        var rows = r.ErrorRows;
        return r.Status switch
        {
            ImportStatus.Forbidden => $"Keine Berechtigung für {Rows(rows)} der Datei (Einheiten, deren Zahlen Sie nicht ändern dürfen). {nothing}",
            ImportStatus.Conflict => $"{Rows(rows)} der Datei betreffen einen abgeschlossenen Monat oder wurden inzwischen geändert. {nothing}",
            ImportStatus.NeedsConfirmation => $"{Rows(rows)} der Datei {(rows == 1 ? "hat" : "haben")} Plausibilitätshinweise, die eine " +
                $"Bestätigung mit Begründung brauchen (mindestens {Figures.FigureFindings.ReasonMinLength} Zeichen). {nothing}",
            _ => $"{Rows(rows)} der Datei {(rows == 1 ? "ist" : "sind")} fehlerhaft. {nothing}",
        };
    }

    /// <summary>"; 12 leere Zeilen übersprungen" (rows without a value are no errors).</summary>
    private static string Skipped(int count) => count switch
    {
        0 => "",
        1 => "; 1 leere Zeile übersprungen",
        _ => $"; {German.Count(count)} leere Zeilen übersprungen",
    };

    private static string Rows(int count) => count == 1 ? "1 Zeile" : $"{German.Count(count)} Zeilen";
}
