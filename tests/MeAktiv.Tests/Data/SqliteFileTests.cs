using MeAktiv.Core.Data;

namespace MeAktiv.Tests.Data;

public sealed class SqliteFileTests
{
    [Fact]
    public void A_relative_file_resolves_against_the_base_path_and_its_folder_is_created()
    {
        var root = Path.Combine(Path.GetTempPath(), "me-aktiv-sqlitefile-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SqliteFile.Prepare("Data Source=App_Data/me-aktiv.db", root);

            result.ShouldBe($"Data Source={Path.Combine(root, "App_Data", "me-aktiv.db")}");
            Directory.Exists(Path.Combine(root, "App_Data")).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=shared;Mode=Memory;Cache=Shared")]
    public void In_memory_databases_are_left_alone(string connectionString) =>
        SqliteFile.Prepare(connectionString, "/nonexistent").ShouldBe(connectionString);

    [Fact]
    public void A_malformed_connection_string_gives_a_German_message_naming_the_setting() =>
        Should.Throw<ConfigurationErrorException>(() => SqliteFile.Prepare("Data Source=x;Unbekannt=1", "/tmp"))
            .Message.ShouldContain("ConnectionStrings:MeAktiv");
}
