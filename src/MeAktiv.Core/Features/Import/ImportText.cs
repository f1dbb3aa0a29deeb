namespace MeAktiv.Core.Features.Import;

internal static class ImportText
{
    /// <summary>A cell's text for a message: at most 40 characters.</summary>
    public static string Show(string text) => text.Length <= 40 ? text : text[..40] + "…";

    public static string Empty(string column) => $"Das Feld '{column}' ist leer.";

    public static string NotAMonth(string text) => $"'{Show(text)}' ist kein Monat im Format JJJJ-MM (z. B. 2015-03).";

    public static string NotANumber(string text) =>
        $"'{Show(text)}' ist keine Zahl. Erwartet wird eine Zahl mit Dezimalkomma, z. B. 1234,5 " +
        "(Tausenderpunkte nur in Dreiergruppen wie 17.970).";
}
