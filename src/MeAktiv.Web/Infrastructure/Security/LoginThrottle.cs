using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MeAktiv.Web.Infrastructure.Security;

/// <summary>
/// Failed sign-ins counted per account AND client address (<c>Security:Lockout</c>): after
/// <c>MaxFailedAccessAttempts</c> failures that address is blocked for that account for <c>LockoutMinutes</c>,
/// doubling with each further block of the same address (up to a day). Other addresses, the account's owner at their
/// own PC, can still sign in: knowing an e-mail address no longer locks its owner out. In memory, per app instance
/// (a restart forgets the blocks; the account-wide lockout of Identity stays in the database).
/// </summary>
public sealed class LoginThrottle(IOptionsMonitor<SecurityOptions> options, TimeProvider clock)
{
    /// <summary>Entries kept before expired ones are dropped (bounds the memory an attacker can fill).</summary>
    private const int PruneAbove = 10_000;

    private static readonly TimeSpan LongestBlock = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<(string User, string Address), Entry> _entries = new();

    /// <summary>Whether the address is blocked for the account now.</summary>
    public bool IsBlocked(string userId, string address) =>
        _entries.TryGetValue((userId, address), out var entry) && entry.BlockedUntil > clock.GetUtcNow();

    /// <summary>Counts a failure; true when it blocks the address for the account.</summary>
    public bool Failed(string userId, string address)
    {
        var settings = options.CurrentValue.Lockout;
        var now = clock.GetUtcNow();
        if (_entries.Count > PruneAbove)
        {
            Prune(now);
        }

        var entry = _entries.GetOrAdd((userId, address), _ => new Entry());
        lock (entry)
        {
            entry.LastFailure = now;
            if (++entry.Failures < Math.Max(1, settings.MaxFailedAccessAttempts))
            {
                return false;
            }

            entry.Failures = 0;
            entry.Blocks++;
            var minutes = Math.Max(1, settings.LockoutMinutes) * Math.Pow(2, Math.Min(entry.Blocks - 1, 16));
            var block = TimeSpan.FromMinutes(Math.Min(minutes, LongestBlock.TotalMinutes));
            entry.BlockedUntil = now + block;
            return true;
        }
    }

    /// <summary>A successful sign-in from the address forgets its failures for the account.</summary>
    public void Succeeded(string userId, string address) => _entries.TryRemove((userId, address), out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.BlockedUntil < now && entry.LastFailure < now - LongestBlock)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed class Entry
    {
        public int Failures { get; set; }

        public int Blocks { get; set; }

        public DateTimeOffset BlockedUntil { get; set; }

        public DateTimeOffset LastFailure { get; set; }
    }
}
