using Microsoft.Data.SqlClient;

namespace MeAktiv.IntegrationTests.SqlServer;

/// <summary>
/// The SQL Server the opt-in tests run against: a connection string in the environment variable
/// <see cref="Variable"/> (docs/testing.md). Each fixture creates its own database on that server, named
/// <c>MeAktivTest_&lt;guid&gt;</c>, and drops it afterwards; the database named in the connection string (if any) is
/// never used. Without the variable the tests are reported as skipped with <see cref="SkipReason"/> and nothing
/// connects anywhere.
/// </summary>
public static class SqlServerTarget
{
    public const string Variable = "MEAKTIV_TEST_SQLSERVER";

    public const string SkipReason =
        "No SQL Server: set MEAKTIV_TEST_SQLSERVER to a connection string of a server where databases may be created (docs/testing.md)";

    /// <summary>The connection string from <see cref="Variable"/>, or null.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>For <c>[Fact(SkipUnless = nameof(SqlServerTarget.IsConfigured), SkipType = typeof(SqlServerTarget))]</c>.</summary>
    public static bool IsConfigured => ConnectionString is not null;

    /// <summary>A new database name for one fixture.</summary>
    public static string NewDatabaseName() => $"MeAktivTest_{Guid.NewGuid():N}";

    /// <summary>The configured server's connection string with <paramref name="database"/> as its database.</summary>
    public static string ConnectionStringFor(string database) =>
        new SqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException(SkipReason))
        {
            InitialCatalog = database,
        }.ConnectionString;

    /// <summary>Drops the test database (closing other connections to it first); nothing happens if it does not exist.</summary>
    public static async Task DropAsync(string database)
    {
        SqlConnection.ClearAllPools();
        await using var connection = new SqlConnection(ConnectionStringFor("master"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // The name is ours (NewDatabaseName), quoted all the same.
        command.CommandText = """
            IF DB_ID(@name) IS NOT NULL
            BEGIN
                DECLARE @quoted nvarchar(300) = QUOTENAME(@name);
                EXEC (N'ALTER DATABASE ' + @quoted + N' SET SINGLE_USER WITH ROLLBACK IMMEDIATE');
                EXEC (N'DROP DATABASE ' + @quoted);
            END
            """;
        command.Parameters.AddWithValue("@name", database);
        await command.ExecuteNonQueryAsync();
    }
}
