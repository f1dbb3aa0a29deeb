using System.Diagnostics;

namespace MeAktiv.IntegrationTests.Dashboard;

/// <summary>
/// Counts the database commands EF Core executes inside <see cref="CountAsync"/> only: it listens to EF Core's
/// <c>DiagnosticListener</c> ("Microsoft.EntityFrameworkCore", event <c>CommandExecuting</c>) and counts an event only
/// when it is raised in the async flow that <see cref="CountAsync"/> marked, so tests running in parallel on other
/// apps do not disturb the count.
/// </summary>
internal sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string CommandExecuting = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";
    private static readonly AsyncLocal<StrongBox> Current = new();
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];

    public CommandCounter() => _subscription = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>Runs <paramref name="action"/> and returns how many commands it executed.</summary>
    public async Task<int> CountAsync(Func<Task> action)
    {
        var box = new StrongBox();
        Current.Value = box;
        try
        {
            await action();
        }
        finally
        {
            Current.Value = null!;
        }

        return box.Count;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (_listeners)
            {
                _listeners.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == CommandExecuting && Current.Value is { } box)
        {
            Interlocked.Increment(ref box.Count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }

    private sealed class StrongBox
    {
        public int Count;
    }
}
