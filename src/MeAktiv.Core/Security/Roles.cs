namespace MeAktiv.Core.Security;

/// <summary>The roles of domain.md section 6.</summary>
public static class Roles
{
    public const string Geschaeftsfuehrung = "Geschaeftsfuehrung";
    public const string Bereichsleitung = "Bereichsleitung";
    public const string Teamleitung = "Teamleitung";
    public const string Traeger = "Traeger";
    public const string Administration = "Administration";

    /// <summary>Controlling: enters and submits the budget execution and the staff (issue 21, Features/Budget).</summary>
    public const string Finanzen = "Finanzen";

    public static readonly IReadOnlyList<string> All =
        [Geschaeftsfuehrung, Bereichsleitung, Teamleitung, Traeger, Administration, Finanzen];

    public static string DisplayName(string role) => role switch
    {
        Geschaeftsfuehrung => "Geschäftsführung",
        Bereichsleitung => "Bereichsleitung",
        Teamleitung => "Teamleitung",
        Traeger => "Träger",
        Administration => "Administration",
        Finanzen => "Finanzen (Controlling)",
        _ => role,
    };
}
