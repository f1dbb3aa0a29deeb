using Microsoft.Data.Sqlite;

namespace MeAktiv.Core.Data;

/// <summary>Makes an SQLite connection string independent of the working directory and its folder exist.</summary>
internal static class SqliteFile
{
    /// <param name="connectionString">The configured connection string.</param>
    /// <param name="basePath">Folder a relative file path resolves against.</param>
    /// <param name="busyTimeoutSeconds">Unless the string sets its own <c>Default Timeout</c>: how long
    /// Microsoft.Data.Sqlite retries a command that finds the database locked (its default is 30 s).</param>
    public static string Prepare(string connectionString, string basePath, int? busyTimeoutSeconds = null)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationErrorException(
                $"Die Verbindungszeichenfolge 'ConnectionStrings:MeAktiv' ist für SQLite ungültig: {ex.Message}");
        }

        var source = builder.DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        if (busyTimeoutSeconds is { } timeout && builder.DefaultTimeout == new SqliteConnectionStringBuilder().DefaultTimeout)
        {
            builder.DefaultTimeout = Math.Max(1, timeout);
        }

        var path = Path.GetFullPath(source, basePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        builder.DataSource = path;
        return builder.ConnectionString;
    }

    /// <summary>The full path of the database file of a prepared connection string; null for an in-memory or URI database.</summary>
    public static string? FileOf(string preparedConnectionString)
    {
        var builder = new SqliteConnectionStringBuilder(preparedConnectionString);
        var source = builder.DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory
               || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || !Path.IsPathRooted(source)
            ? null
            : source;
    }
}
