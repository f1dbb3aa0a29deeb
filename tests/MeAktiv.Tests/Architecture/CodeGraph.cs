using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using MeAktiv.Core.Data;

namespace MeAktiv.Tests.Architecture;

/// <summary>
/// The compiled dependencies between the folders of Core and Web (ArchUnitNET reads the IL, so method bodies and
/// Razor components' render trees count): an edge "A → B" exists when a type whose namespace lies in folder A uses a
/// type in folder B, with the types that make it, for the failure message.
/// </summary>
internal static class CodeGraph
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Loaded = new(() =>
        new ArchLoader().LoadAssemblies(typeof(AppDbContext).Assembly, typeof(MeAktiv.Web.Api.ApiEndpoints).Assembly).Build());

    /// <summary>Edges between folders named by <paramref name="folderOf"/> (null: not part of this graph).</summary>
    public static IReadOnlyDictionary<(string From, string To), List<string>> Edges(Func<string, string?> folderOf)
    {
        var edges = new Dictionary<(string, string), List<string>>();
        foreach (var type in Loaded.Value.Types)
        {
            var from = type.Namespace?.FullName is { } ns ? folderOf(ns) : null;
            if (from is null)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                var to = dependency.Target?.Namespace?.FullName is { } target ? folderOf(target) : null;
                if (to is null || to == from)
                {
                    continue;
                }

                if (!edges.TryGetValue((from, to), out var by))
                {
                    edges[(from, to)] = by = [];
                }

                var pair = $"{Short(type.FullName)} → {Short(dependency.Target!.FullName)}";
                if (!by.Contains(pair))
                {
                    by.Add(pair);
                }
            }
        }

        return edges;
    }

    /// <summary>The folder of a namespace below <paramref name="root"/>, e.g. <c>Features.Figures</c> or <c>Data</c>;
    /// <paramref name="depth"/> segments are kept.</summary>
    public static string? FolderBelow(string ns, string root, int depth)
    {
        if (!ns.StartsWith(root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = ns[(root.Length + 1)..].Split('.');
        return string.Join('.', parts.Take(depth));
    }

    /// <summary>Every cycle (as "A → B → A") among the edges, each reported once.</summary>
    public static IReadOnlyList<string> Cycles(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).OrderBy(x => x).ToList());
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var start in next.Keys.OrderBy(x => x))
        {
            Walk(start, [start]);
        }

        return [.. found];

        void Walk(string node, List<string> path)
        {
            foreach (var to in next.GetValueOrDefault(node) ?? [])
            {
                if (to == path[0])
                {
                    // Report each cycle once, from its alphabetically first folder.
                    if (path.Min(StringComparer.Ordinal) == path[0])
                    {
                        found.Add(string.Join(" → ", path.Append(to)));
                    }
                }
                else if (!path.Contains(to) && string.CompareOrdinal(to, path[0]) > 0)
                {
                    Walk(to, [.. path, to]);
                }
            }
        }
    }

    private static string Short(string fullName) =>
        fullName.Replace("MeAktiv.Core.", "", StringComparison.Ordinal).Replace("MeAktiv.Web.", "", StringComparison.Ordinal);
}
