namespace MeAktiv.Web.Features.Users;

public enum UserFormMode
{
    Create,
    Rights,
    Password,
}

/// <summary>The fields of the account form (new account, rights of an account, new password).</summary>
public sealed class UserFormModel
{
    public UserFormMode Mode { get; init; }

    public string? UserId { get; init; }

    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = "";

    public HashSet<string> UnitCodes { get; set; } = [];

    public string Password { get; set; } = "";
}
