using System.Collections.Concurrent;

namespace MeAktiv.Web.Infrastructure;

/// <summary>
/// One instance of each text that several circuits keep at once (<see cref="StaticMarkup"/>'s HTML): every open
/// Gesamtübersicht of the same view holds the same cards as ~100 KB of HTML, and a circuit keeps its page's text as long
/// as it is open. A text equal to one still held somewhere is returned as that instance, so the copies are collected.
/// Weak references only: a text nobody shows any more is collected as before; the dead entries are dropped once
/// <see cref="PurgeAt"/> are kept. Texts are compared in full, the hash only finds the candidate.
/// </summary>
public sealed class SharedText
{
    /// <summary>The number of entries at which the dead ones are dropped.</summary>
    public const int PurgeAt = 256;

    private readonly ConcurrentDictionary<int, WeakReference<string>> _texts = new();

    /// <summary>How many texts are kept (live or not yet purged).</summary>
    public int Count => _texts.Count;

    /// <summary><paramref name="text"/>, or the equal instance another holder already has.</summary>
    public string Share(string text)
    {
        var key = text.GetHashCode(StringComparison.Ordinal);
        if (_texts.TryGetValue(key, out var kept) && kept.TryGetTarget(out var same) && string.Equals(same, text, StringComparison.Ordinal))
        {
            return same;
        }

        if (_texts.Count >= PurgeAt)
        {
            foreach (var (k, weak) in _texts)
            {
                if (!weak.TryGetTarget(out _))
                {
                    _texts.TryRemove(k, out _);
                }
            }
        }

        _texts[key] = new WeakReference<string>(text);
        return text;
    }
}
