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
}
