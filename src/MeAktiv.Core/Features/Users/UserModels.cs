namespace MeAktiv.Core.Features.Users;

/// <summary>One account as the user administration lists it (no password data; <paramref name="PasswordChangeRequired"/>:
/// a temporary password from a reset that the user has not changed yet).</summary>
public sealed record UserRow(
    string Id, string Email, string DisplayName, string? Role, IReadOnlyList<string> UnitCodes,
    UserState State, DateTimeOffset? LockedUntil, bool IsDemo, bool PasswordChangeRequired)
{
    /// <summary>Every unit of the account is closed (dissolved): the account has nothing left to do ("Einheit aufgelöst").</summary>
    public bool UnitsClosed { get; init; }
}

public enum UserState
{
    Aktiv,

    /// <summary>Temporarily locked after failed sign-ins (until <see cref="UserRow.LockedUntil"/>).</summary>
    Gesperrt,

    /// <summary>Deactivated by an administrator (Identity lockout until the end of time).</summary>
    Deaktiviert,
}

/// <summary>A new account: e-mail (also the user name), name, one role, its units (teams or Bereiche), first password.</summary>
public sealed record NewUser(string Email, string DisplayName, string Role, IReadOnlyList<string> UnitCodes, string Password);

/// <summary>The outcome of a change: done, or German messages (nothing was changed).</summary>
public sealed record UserResult(bool Ok, IReadOnlyList<string> Errors)
{
    public static readonly UserResult Done = new(true, []);

    public static UserResult Fail(params string[] errors) => new(false, errors);

    public static UserResult Forbidden() => Fail("Nur die Administration darf Konten verwalten.");
}
