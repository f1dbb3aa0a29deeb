namespace MeAktiv.Core.Data;

/// <summary>
/// The lease file beside an SQLite database (<c>me-aktiv.db.lease</c>) that tells a restore the database is in use.
/// Every running app holds it <b>shared</b> from start-up until it stops (several processes may); the restore takes it
/// <b>exclusively</b>, so a restore refuses while any app runs on the file, and no app starts while a restore runs.
/// The operating system releases the lock when a process ends, also after a crash or kill, so no stale lease is left.
/// (Windows: share modes of the open file; Linux/macOS: <c>flock</c>, which .NET takes for every FileStream.)
/// </summary>
public sealed class SqliteLease : IDisposable
{
    private readonly FileStream _file;

    private SqliteLease(FileStream file) => _file = file;

    /// <summary>The lease file of <paramref name="database"/>.</summary>
    public static string PathOf(string database) => Path.GetFullPath(database) + ".lease";

    /// <summary>The running app's lease; null while a restore holds the database.</summary>
    public static SqliteLease? TryShared(string database) => TryOpen(database, FileShare.ReadWrite);

    /// <summary>The restore's lease; null while an app (or another restore) holds the database.</summary>
    public static SqliteLease? TryExclusive(string database) => TryOpen(database, FileShare.None);

    public void Dispose() => _file.Dispose();

    private static SqliteLease? TryOpen(string database, FileShare share)
    {
        var path = PathOf(database);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return new SqliteLease(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, share));
        }
        catch (IOException) when (File.Exists(path))
        {
            return null; // held by another process in a mode that excludes ours
        }
    }
}

/// <summary>
/// The app's hold on its SQLite file (<see cref="SqliteLease"/>, shared), taken before the first migration and kept
/// until the app stops (a singleton: disposed with the host). Nothing to hold for SQL Server or an in-memory database.
/// </summary>
public sealed class DatabaseLease(string? databaseFile) : IDisposable
{
    private SqliteLease? _lease;

    /// <summary>Takes the lease; throws (start refused, exit code 2) while a restore holds the file.</summary>
    public void Acquire()
    {
        if (databaseFile is null || _lease is not null)
        {
            return;
        }

        _lease = SqliteLease.TryShared(databaseFile) ?? throw new ConfigurationErrorException(
            $"Die Datenbankdatei '{databaseFile}' wird gerade wiederhergestellt (Befehl restore). " +
            "Bitte warten, bis die Wiederherstellung fertig ist, dann erneut starten.");
    }

    public void Dispose() => _lease?.Dispose();
}
