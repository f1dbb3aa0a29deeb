namespace MeAktiv.Core.Data;

/// <summary>When the database is migrated and seeded, for background work that must not start before (the web host
/// sets it to its start-up followed by the start's warm-up, so the work does not compete with it; without a host: at once).</summary>
public sealed class DatabaseReadiness(Func<Task> ready)
{
    public DatabaseReadiness() : this(() => Task.CompletedTask)
    {
    }

    public Task Ready => ready();
}
