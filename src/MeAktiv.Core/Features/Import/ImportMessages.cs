using System.Globalization;

namespace MeAktiv.Core.Features.Import;

/// <summary>German messages about the file as a whole.</summary>
public static class ImportMessages
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string WrongKind(string fileName) =>
        $"Die Datei '{ImportText.Show(Path.GetFileName(fileName))}' ist weder eine CSV-Datei (.csv) noch eine Excel-Arbeitsmappe (.xlsx). " +
        "Bitte eine dieser Dateiarten wählen (Vorlage zum Herunterladen auf der Importseite).";

    public static string TooLarge(long? size, long max) => size is { } s
        ? $"Die Datei ist zu groß ({Megabytes(s)}). Erlaubt sind höchstens {Megabytes(max)}; bitte die Datei aufteilen."
        : $"Die Datei ist größer als erlaubt (höchstens {Megabytes(max)}); bitte die Datei aufteilen.";

    public const string EmptyFile = "Die Datei ist leer.";

    public const string NoRows = "Die Datei enthält nur die Kopfzeile und keine Zahlen.";

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", German) + " MB";

    /// <summary>A file size for people: <c>830 KB</c>, <c>2,9 MB</c>.</summary>
    public static string FileSize(long bytes) =>
        bytes < 1024 * 1024 ? Math.Max(1, (bytes + 1023) / 1024).ToString("N0", German) + " KB" : Megabytes(bytes);
}
