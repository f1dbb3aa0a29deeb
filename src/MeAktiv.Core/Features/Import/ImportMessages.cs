using MeAktiv.Core.Common;

namespace MeAktiv.Core.Features.Import;

/// <summary>German messages about the file as a whole.</summary>
public static class ImportMessages
{
    public static string WrongKind(string fileName) =>
        $"Die Datei '{ImportText.Show(Path.GetFileName(fileName))}' ist weder eine CSV-Datei (.csv) noch eine Excel-Arbeitsmappe (.xlsx). " +
        "Bitte eine dieser Dateiarten wählen (Vorlage zum Herunterladen auf der Importseite).";

    public static string TooLarge(long? size, long max) => size is { } s
        ? $"Die Datei ist zu groß ({German.Megabytes(s)}). Erlaubt sind höchstens {German.Megabytes(max)}; bitte die Datei aufteilen."
        : $"Die Datei ist größer als erlaubt (höchstens {German.Megabytes(max)}); bitte die Datei aufteilen.";

    public static string TooManyRows(int max) =>
        $"Die Datei hat mehr als {German.Count(max)} Zeilen. Erlaubt sind höchstens {German.Count(max)} Zeilen je Datei; bitte die Datei aufteilen.";

    public static string TooSlow(int seconds) =>
        $"Die Datei konnte nicht in der erlaubten Zeit ({German.Count(seconds)} Sekunden) geprüft werden. Es wurde nichts gespeichert; " +
        "bitte die Datei aufteilen.";

    public const string EmptyFile = "Die Datei ist leer.";

    public const string NoRows = "Die Datei enthält nur die Kopfzeile und keine Zahlen.";
}
