using MeAktiv.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Configuration;

/// <summary>A missing or wrong database setting stops the start with a German message that names the setting.</summary>
public sealed class ConfigurationErrorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_connection_string_names_the_setting(string? connectionString)
    {
        var configuration = Configure(("Database:Provider", "Sqlite"), ("ConnectionStrings:MeAktiv", connectionString));

        var error = Should.Throw<ConfigurationErrorException>(() => new ServiceCollection().AddMeAktivData(configuration));

        error.Message.ShouldContain("'ConnectionStrings:MeAktiv'");
        error.Message.ShouldContain("ConnectionStrings__MeAktiv");
        error.Message.ShouldContain("Datenbankverbindung");
    }

    [Fact]
    public void Unknown_provider_names_the_setting_and_the_allowed_values()
    {
        var configuration = Configure(("Database:Provider", "Oracle"), ("ConnectionStrings:MeAktiv", "Data Source=x.db"));

        var error = Should.Throw<ConfigurationErrorException>(() => new ServiceCollection().AddMeAktivData(configuration));

        error.Message.ShouldContain("'Oracle'");
        error.Message.ShouldContain("'Database:Provider'");
        error.Message.ShouldContain("'Sqlite'");
        error.Message.ShouldContain("'SqlServer'");
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("SqlServer")]
    [InlineData("sqlite")]
    [InlineData(" SQLSERVER ")]
    public void Known_providers_are_accepted(string provider)
    {
        var configuration = Configure(("Database:Provider", provider), ("ConnectionStrings:MeAktiv", "Data Source=x.db"));

        Should.NotThrow(() => new ServiceCollection().AddMeAktivData(configuration));
    }

    private static IConfiguration Configure(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
