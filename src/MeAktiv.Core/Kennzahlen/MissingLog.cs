namespace MeAktiv.Core.Kennzahlen;

/// <summary>
/// Collects missing inputs while a formula runs and renders them as short German texts: one entry per component,
/// purpose and run of consecutive months ("ELB 2014-12", "INT 2014-05..2014-07 (Saisonprofil)"), plus free notes
/// ("Nenner 0 (AUS 2015-01..2015-06)"). A month is reported once, under the first purpose that needed it.
/// </summary>
internal sealed class MissingLog
{
    private readonly List<object> _entries = [];
    private readonly Dictionary<(string Code, string? Purpose, bool Incomplete), SortedSet<int>> _groups = [];
    private readonly HashSet<(string Code, int Ordinal)> _seenMonths = [];
    private readonly HashSet<string> _notes = [];

    public bool IsEmpty => _entries.Count == 0;

    public void AddMonth(string code, MonthRef month, string? purpose, bool incomplete)
    {
        if (!_seenMonths.Add((code, month.Ordinal)))
        {
            return;
        }

        var key = (code, purpose, incomplete);
        if (!_groups.TryGetValue(key, out var months))
        {
            _groups[key] = months = [];
            _entries.Add(key);
        }

        months.Add(month.Ordinal);
    }

    public void AddNote(string text)
    {
        if (_notes.Add(text))
        {
            _entries.Add(text);
        }
    }

    public IReadOnlyList<string> ToList()
    {
        var result = new List<string>();
        foreach (var entry in _entries)
        {
            if (entry is string note)
            {
                result.Add(note);
                continue;
            }

            var key = ((string Code, string? Purpose, bool Incomplete))entry;
            var suffix = (key.Incomplete, key.Purpose) switch
            {
                (true, null) => " (unvollständig)",
                (true, { } p) => $" (unvollständig; {p})",
                (false, { } p) => $" ({p})",
                _ => "",
            };
            foreach (var (from, to) in Runs(_groups[key]))
            {
                result.Add($"{key.Code} {MonthRef.FormatRange(from, to)}{suffix}");
            }
        }

        return result;
    }

    private static IEnumerable<(MonthRef From, MonthRef To)> Runs(SortedSet<int> ordinals)
    {
        int? start = null, previous = null;
        foreach (var o in ordinals)
        {
            if (previous is { } p && o != p + 1)
            {
                yield return (MonthRef.FromOrdinal(start!.Value), MonthRef.FromOrdinal(p));
                start = o;
            }

            start ??= o;
            previous = o;
        }

        if (previous is { } last)
        {
            yield return (MonthRef.FromOrdinal(start!.Value), MonthRef.FromOrdinal(last));
        }
    }
}
