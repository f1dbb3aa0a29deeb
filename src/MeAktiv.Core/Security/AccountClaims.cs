namespace MeAktiv.Core.Security;

/// <summary>Claims an account carries in the database (Identity's user claims) and so in every sign-in made from it.</summary>
public static class AccountClaims
{
    /// <summary>
    /// Set when the Administration resets the password (a temporary one): the user must change it before using the
    /// app (pages lead to <c>/account/passwort</c>, the API answers 403). Removed by the change.
    /// </summary>
    public const string PasswordChangeRequired = "meaktiv:passwort-aendern";
}
