namespace MeAktiv.IntegrationTests.Infrastructure;

/// <summary>The demo accounts the seed importer creates with <c>Database:SeedDemoData=true</c> (docs/api.md).</summary>
public static class DemoAccounts
{
    public const string Password = "Demo!2015";
    public const string Geschaeftsfuehrung = "gf@me-aktiv.example";
    public const string Bereichsleitung = "bl@me-aktiv.example";
    public const string Administration = "admin@me-aktiv.example";
    public const string Traeger = "traeger@me-aktiv.example";
    public const string Finanzen = "fin@me-aktiv.example";

    /// <summary>The Teamleitung account of a team: <c>tl-&lt;lower-case team code&gt;@me-aktiv.example</c>.</summary>
    public static string Teamleitung(string teamCode) => $"tl-{teamCode.ToLowerInvariant()}@me-aktiv.example";
}
