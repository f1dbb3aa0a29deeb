using Microsoft.Extensions.Logging;

namespace MeAktiv.Core.Security;

/// <summary>
/// Security-relevant events with stable event ids, all under the log category <see cref="Category"/> (so the IT can
/// route or alert on them). Each names the time (the log's timestamp), the client address, the acting user and the
/// account concerned. The table of ids is in docs/security.md: never renumber, only add.
/// </summary>
public static partial class SecurityEvents
{
    public const string Category = "MeAktiv.Security";

    [LoggerMessage(EventId = 1001, EventName = "LoginSucceeded", Level = LogLevel.Information,
        Message = "Sicherheit: Anmeldung erfolgreich für {User} von {Address} ({Channel})")]
    public static partial void LoginSucceeded(ILogger logger, string user, string address, string channel);

    [LoggerMessage(EventId = 1002, EventName = "LoginFailed", Level = LogLevel.Warning,
        Message = "Sicherheit: Anmeldung fehlgeschlagen für {User} von {Address} ({Channel})")]
    public static partial void LoginFailed(ILogger logger, string user, string address, string channel);

    [LoggerMessage(EventId = 1003, EventName = "LoginLockedOut", Level = LogLevel.Warning,
        Message = "Sicherheit: Anmeldung für gesperrtes Konto {User} von {Address} ({Channel})")]
    public static partial void LockedOut(ILogger logger, string user, string address, string channel);

    [LoggerMessage(EventId = 1004, EventName = "LoginRateLimited", Level = LogLevel.Warning,
        Message = "Sicherheit: zu viele Anmeldeversuche von {Address} ({Path}), abgewiesen")]
    public static partial void LoginRateLimited(ILogger logger, string address, string path);

    [LoggerMessage(EventId = 1005, EventName = "Logout", Level = LogLevel.Information,
        Message = "Sicherheit: Abmeldung von {User} von {Address}")]
    public static partial void Logout(ILogger logger, string user, string address);

    [LoggerMessage(EventId = 1006, EventName = "AccessDenied", Level = LogLevel.Warning,
        Message = "Sicherheit: Zugriff verweigert für {User} von {Address}: {Method} {Path}")]
    public static partial void AccessDenied(ILogger logger, string user, string address, string method, string path);

    [LoggerMessage(EventId = 1007, EventName = "MetricsDenied", Level = LogLevel.Warning,
        Message = "Sicherheit: /metrics verweigert für {User} von {Address}")]
    public static partial void MetricsDenied(ILogger logger, string user, string address);

    [LoggerMessage(EventId = 1008, EventName = "CrossOriginRefused", Level = LogLevel.Warning,
        Message = "Sicherheit: Schreibzugriff mit Anmelde-Cookie von fremder Herkunft {Origin} abgewiesen für {User} von {Address}: {Method} {Path}")]
    public static partial void CrossOriginRefused(ILogger logger, string origin, string user, string address, string method, string path);

    [LoggerMessage(EventId = 1009, EventName = "AccountLockedOut", Level = LogLevel.Warning,
        Message = "Sicherheit: Konto {User} nach zu vielen Fehlversuchen (alle Adressen) gesperrt, alle Sitzungen und Tokens beendet; letzter Versuch von {Address}")]
    public static partial void AccountLockedOut(ILogger logger, string user, string address);

    [LoggerMessage(EventId = 1101, EventName = "UserCreated", Level = LogLevel.Information,
        Message = "Sicherheit: {Actor} von {Address} hat das Konto {User} angelegt (Rolle {Role}, Einheiten {Units})")]
    public static partial void UserCreated(ILogger logger, string actor, string address, string user, string role, string units);

    [LoggerMessage(EventId = 1102, EventName = "UserDeactivated", Level = LogLevel.Information,
        Message = "Sicherheit: {Actor} von {Address} hat das Konto {User} deaktiviert")]
    public static partial void UserDeactivated(ILogger logger, string actor, string address, string user);

    [LoggerMessage(EventId = 1103, EventName = "UserReactivated", Level = LogLevel.Information,
        Message = "Sicherheit: {Actor} von {Address} hat das Konto {User} wieder aktiviert")]
    public static partial void UserReactivated(ILogger logger, string actor, string address, string user);

    [LoggerMessage(EventId = 1104, EventName = "UserRightsChanged", Level = LogLevel.Information,
        Message = "Sicherheit: {Actor} von {Address} hat die Rechte von {User} geändert: Rolle {Role}, Einheiten {Units}")]
    public static partial void UserRightsChanged(ILogger logger, string actor, string address, string user, string role, string units);

    [LoggerMessage(EventId = 1105, EventName = "PasswordReset", Level = LogLevel.Information,
        Message = "Sicherheit: {Actor} von {Address} hat das Passwort von {User} zurückgesetzt")]
    public static partial void PasswordReset(ILogger logger, string actor, string address, string user);

    [LoggerMessage(EventId = 1106, EventName = "UserChangeRefused", Level = LogLevel.Warning,
        Message = "Sicherheit: {Actor} von {Address} durfte {User} nicht ändern: {Reason}")]
    public static partial void UserChangeRefused(ILogger logger, string actor, string address, string user, string reason);

    [LoggerMessage(EventId = 1107, EventName = "PasswordChanged", Level = LogLevel.Information,
        Message = "Sicherheit: {User} von {Address} hat das eigene Passwort geändert; alle anderen Sitzungen und Tokens sind beendet")]
    public static partial void PasswordChanged(ILogger logger, string user, string address);
}
