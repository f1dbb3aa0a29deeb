using Microsoft.Data.Sqlite;

namespace MeAktiv.Core.Data;

/// <summary>Makes an SQLite connection string independent of the working directory and its folder exist.</summary>
internal static class SqliteFile
{
    public static string Prepare(string connectionString, string basePath)
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

        var path = Path.GetFullPath(source, basePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        builder.DataSource = path;
        return builder.ConnectionString;
    }
}
