namespace MeAktiv.Web.Infrastructure;

/// <summary>German titles of the API's problem details (RFC 9457).</summary>
public static class ProblemText
{
    public static string? Title(int? status) => status switch
    {
        400 => "Ungültige Eingabe",
        401 => "Nicht angemeldet",
        403 => "Keine Berechtigung",
        404 => "Nicht gefunden",
        409 => "Konflikt",
        413 => "Anfrage zu groß",
        429 => "Zu viele Anfragen",
        500 => "Interner Fehler",
        _ => null,
    };

    /// <summary>The explanation used when an answer carries no detail of its own.</summary>
    public static string? Detail(int? status) => status switch
    {
        400 => "Die Anfrage ist ungültig, zum Beispiel kein gültiges JSON oder ein fehlender Wert.",
        401 => "Bitte anmelden: Bearer-Token aus POST /api/v1/auth/login oder das Anmelde-Cookie.",
        403 => "Für diese Aktion fehlt die Berechtigung.",
        404 => "Die angefragte Adresse gibt es nicht.",
        405 => "Diese Methode ist für die Adresse nicht erlaubt.",
        _ => null,
    };
}
