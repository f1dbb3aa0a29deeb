using MeAktiv.Core.Common;
using MeAktiv.Core.Common.Csv;

namespace MeAktiv.Core.Features.Targets;

/// <summary>
/// Reads a monthly plan typed or pasted from Excel: values separated by tabs, semicolons or line breaks, German numbers
/// (<c>12,5</c>, <c>1.250</c>); written back the same way (<see cref="Format"/>) for the paste box.
/// </summary>
public static class TargetPlanText
{
    private static readonly char[] Separators = ['\t', ';', '\r', '\n'];

    /// <summary>The values, or the German message of the first entry that is not a number.</summary>
    public static (IReadOnlyList<decimal> Values, string? Error) Parse(string? text)
    {
        var values = new List<decimal>();
        foreach (var part in (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!GermanNumber.TryParse(part, out var value))
            {
                return ([], $"„{part}“ (Wert {values.Count + 1} des Monatsplans) ist keine Zahl; bitte deutsche Zahlen wie 12,5 eingeben.");
            }

            values.Add(value);
        }

        return (values, null);
    }

    public static string Format(IReadOnlyList<decimal>? values) =>
        values is null ? "" : string.Join("; ", values.Select(v => German.Plain(v)));
}
