namespace MeAktiv.Web.Infrastructure.Security;

/// <summary>
/// Optional single sign-on with the agency's identity provider (section <c>Authentication:Oidc</c>). Off while
/// <see cref="Authority"/> or <see cref="ClientId"/> is empty; local accounts always stay available.
/// </summary>
public sealed class OidcOptions
{
    public const string Section = "Authentication:Oidc";
    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Text of the button on the login page.</summary>
    public string ButtonText { get; set; } = "Mit Behördenkonto anmelden";

    /// <summary>The claim holding the user's e-mail address, which links the sign-in to the local account.</summary>
    public string EmailClaim { get; set; } = "email";

    /// <summary>The claim holding the user's groups or roles at the identity provider.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Claim value → ME-aktiv role (e.g. <c>"JC-ME-Controlling": "Geschaeftsfuehrung"</c>); used for new accounts.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = [];

    /// <summary>Create a local account on the first sign-in when the role claim maps to a role (default: off; the
    /// Administration creates accounts). Teams and Bereiche are always assigned in the user administration.</summary>
    public bool CreateUsers { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
