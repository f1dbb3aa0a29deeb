namespace MeAktiv.Core.Data;

/// <summary>When the database is migrated and seeded, for background work that must not start before (the web host
/// sets it to its start-up; without a host: at once).</summary>
public sealed class DatabaseReadiness(Func<Task> ready)
{
    public DatabaseReadiness() : this(() => Task.CompletedTask)
    {
    }

    public Task Ready => ready();
}
