using System.Runtime.CompilerServices;

namespace MeAktiv.Tests;

/// <summary>The repository's app sources, for tests that scan their text (the root is the folder of ME-aktiv.sln).</summary>
internal static class SourceTree
{
    /// <summary>The folder <c>src/</c>.</summary>
    public static string Src => Path.Combine(RepoRoot(), "src");

    /// <summary>Every .cs and .razor file under <c>src/</c>, without build output (bin, obj).</summary>
    public static IReadOnlyList<string> CodeFiles() => Directory.EnumerateFiles(Src, "*.*", SearchOption.AllDirectories)
        .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .ToList();

    /// <summary>The lines of the code files that match, as <c>path:line: text</c> relative to <c>src/</c>.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<string> files, Func<string, bool> match) => files
        .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
        .Where(l => match(l.Text))
        .Select(l => $"{Path.GetRelativePath(Src, l.File)}:{l.Line}: {l.Text.Trim()}")
        .ToList();

    private static string RepoRoot([CallerFilePath] string thisFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(thisFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ME-aktiv.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ME-aktiv.sln not found above {thisFile}");
    }
}
