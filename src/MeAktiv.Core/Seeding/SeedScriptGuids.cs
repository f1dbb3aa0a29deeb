using System.Globalization;
using System.Text.RegularExpressions;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// The GUIDs of a <see cref="SeedScript"/>: made anew by every seeding (keys, versions, concurrency stamps), so the script
/// holds numbered placeholders <c>00000000-0000-V000-C000-NNNNNNNNNNNN</c> (V the version, 4 or 7; C 8 for a GUID
/// written in lower case, 9 in upper case; N numbered in the order of their first use, i.e. of the rows) and every run
/// gets fresh ones, the version 7 GUIDs ascending in that order (as the seeding made them, one after the other).
/// </summary>
internal static partial class SeedScriptGuids
{
    /// <summary>Every GUID replaced by its placeholder (the same GUID in either case gets the same number).</summary>
    public static string Number(string script)
    {
        var numbers = Any().Matches(script).Select(m => m.Value.ToUpperInvariant()).Distinct()
            .Select((guid, i) => (guid, i)).ToDictionary(p => p.guid, p => p.i);
        return Any().Replace(script, m =>
        {
            var upper = m.Value.ToUpperInvariant();
            if (upper[14] is not ('4' or '7'))
            {
                throw new InvalidOperationException($"A GUID of version {upper[14]} in the seeded rows: {m.Value}");
            }

            var lowerCase = m.Value != upper;
            return string.Create(CultureInfo.InvariantCulture,
                $"00000000-0000-{upper[14]}000-{(lowerCase ? '8' : '9')}000-{numbers[upper]:D12}");
        });
    }

    /// <summary>The text without its GUIDs.</summary>
    public static string Blanked(string text) => Any().Replace(text, "");

    /// <summary>Every placeholder replaced by a fresh GUID of its version (the same number, the same GUID).</summary>
    public static string Fresh(string script)
    {
        var placeholders = Placeholder().Matches(script)
            .Select(m => (Number: long.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), Version: m.Groups["v"].Value[0]))
            .Distinct().OrderBy(p => p.Number).ToList();
        var ordered = new Queue<Guid>(placeholders.Where(p => p.Version == '7').Select(_ => Guid.CreateVersion7())
            .OrderBy(g => g.ToString("D").ToUpperInvariant(), StringComparer.Ordinal));
        var fresh = placeholders.ToDictionary(p => p.Number, p => p.Version == '7' ? ordered.Dequeue() : Guid.NewGuid());
        return Placeholder().Replace(script, m =>
        {
            var guid = fresh[long.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)].ToString("D");
            return m.Groups["c"].Value == "9" ? guid.ToUpperInvariant() : guid;
        });
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Any();

    [GeneratedRegex("00000000-0000-(?<v>[47])000-(?<c>[89])000-(?<n>[0-9]{12})")]
    private static partial Regex Placeholder();
}
