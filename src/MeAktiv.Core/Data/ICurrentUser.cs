namespace MeAktiv.Core.Data;

/// <summary>The user on whose behalf the current request or circuit acts (for audit and scope checks).</summary>
public interface ICurrentUser
{
    /// <summary>The user's e-mail/user name, or <c>system</c> for start-up work such as seeding.</summary>
    string UserName { get; }

    /// <summary>The client's network address (of the request, or of the circuit's connection), if known.</summary>
    string Address => "unbekannt";
}
