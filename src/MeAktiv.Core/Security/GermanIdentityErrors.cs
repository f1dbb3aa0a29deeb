using Microsoft.AspNetCore.Identity;

namespace MeAktiv.Core.Security;

/// <summary>Identity's messages in German (password rules, duplicate e-mail), as the user administration shows them.</summary>
public sealed class GermanIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Ein unbekannter Fehler ist aufgetreten.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Das Konto wurde inzwischen geändert. Bitte neu laden.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Das Passwort ist falsch.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Das Token ist ungültig.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"Der Benutzername '{userName}' ist ungültig.");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), $"Die E-Mail-Adresse '{email}' ist ungültig.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Ein Konto mit '{userName}' gibt es bereits.");

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), $"Ein Konto mit der E-Mail-Adresse '{email}' gibt es bereits.");

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), $"Das Konto hat die Rolle '{role}' bereits.");

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), $"Das Konto hat die Rolle '{role}' nicht.");

    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), "Für dieses Konto ist die Sperre nicht aktiviert.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Das Passwort muss mindestens {length} Zeichen lang sein.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Das Passwort muss mindestens {uniqueChars} verschiedene Zeichen enthalten.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Das Passwort muss ein Sonderzeichen enthalten (z. B. ! ? # %).");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "Das Passwort muss eine Ziffer enthalten.");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Das Passwort muss einen Kleinbuchstaben enthalten.");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Das Passwort muss einen Großbuchstaben enthalten.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
