namespace MeAktiv.Core.Features.Import;

/// <summary>The columns of the import format (docs/api.md): the same names as the field names of the figure rules.</summary>
public static class ImportColumns
{
    public const string Monat = "Monat";
    public const string Einheit = "Einheit";
    public const string Kennzahl = "Kennzahl";
    public const string Komponente = "Komponente";
    public const string Wert = "Wert";

    /// <summary>In the order of the header line <c>Monat;Einheit;Kennzahl;Komponente;Wert</c>.</summary>
    public static readonly IReadOnlyList<string> All = [Monat, Einheit, Kennzahl, Komponente, Wert];

    public static string HeaderLine => string.Join(";", All);

    public const string EinheitName = "Name der Einheit";
    public const string KennzahlName = "Name der Kennzahl";
    public const string KomponenteName = "Name der Komponente";

    /// <summary>The template's German names beside the codes: read by people, ignored by the import.</summary>
    public static readonly IReadOnlyList<string> Names = [EinheitName, KennzahlName, KomponenteName];
}
