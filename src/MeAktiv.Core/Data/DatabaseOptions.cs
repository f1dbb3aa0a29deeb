namespace MeAktiv.Core.Data;

/// <summary>Settings of the section <c>Database</c>; the connection string is <c>ConnectionStrings:MeAktiv</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "MeAktiv";

    /// <summary><c>Sqlite</c> (default, embedded) or <c>SqlServer</c> (production).</summary>
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up (default for SQLite; SQL Server deploys a script instead).</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Load the demo organisation, figures and accounts into an empty database.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Folder of the seed files; relative paths resolve against the application's base directory
    /// (the web project copies <c>seeds/</c> next to its binaries).</summary>
    public string SeedPath { get; set; } = "seeds";

    /// <summary>SQLite: how long a save waits for another writer (e.g. a large import) before it fails (default 30 s).</summary>
    public int SqliteBusyTimeoutSeconds { get; set; } = 30;

    /// <summary>SQLite: how long the start-up waits for a migration lock (<c>__EFMigrationsLock</c>) that another
    /// start may hold before it treats the lock as left over from a crash (default 30 s).</summary>
    public int MigrationLockWaitSeconds { get; set; } = 30;

    /// <summary>SQLite: remove a migration lock left over from a crashed start instead of refusing to start.</summary>
    public bool ClearStaleMigrationLock { get; set; }
}

public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string SqliteMigrationsAssembly = "MeAktiv.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "MeAktiv.Migrations.SqlServer";
}

/// <summary>A setting is missing or wrong; the message says which and how to fix it.</summary>
public sealed class ConfigurationErrorException(string message) : Exception(message);
