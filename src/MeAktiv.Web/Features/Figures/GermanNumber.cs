namespace MeAktiv.Web.Features.Figures;

/// <summary>
/// Numbers as German users type them and Excel (de-DE) copies them: decimal comma, optional thousands dots
/// (<c>1.234,5</c>), spaces, a leading minus (also <c>−</c>) and a trailing <c>%</c> or <c>€</c>. A dot is read as a
/// thousands separator only where it groups three digits; <c>1.5</c> is refused rather than guessed (the import's rules).
/// Stored values are shown for editing by <see cref="Core.Common.German.Input(decimal?)"/>.
/// </summary>
public static class GermanNumber
{
    /// <summary>The German message for text that is not a number.</summary>
    public const string Invalid = "Keine gültige Zahl. Bitte mit Dezimalkomma eingeben, z. B. 1.234,5.";

    /// <summary>
    /// Parses <paramref name="text"/>; empty text is a valid "no value" (<paramref name="value"/> null). After the
    /// clean-up of what typing and copying add (spaces, quotes, <c>%</c>, <c>€</c>, the sign <c>−</c>) the number is
    /// read by the same rules as the import (<see cref="Core.Common.Csv.GermanNumber"/>).
    /// </summary>
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        var s = Normalize(text);
        if (s.Length == 0)
        {
            return true;
        }

        if (!Core.Common.Csv.GermanNumber.TryParse(s, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static string Normalize(string? text)
    {
        var s = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c) && c is not '\u00a0' and not '\u202f'));
        if (s.Length >= 2 && s[0] == '"' && s[^1] == '"')
        {
            s = s[1..^1];
        }

        return s.TrimEnd('%', '€').Replace('\u2212', '-');
    }
}
