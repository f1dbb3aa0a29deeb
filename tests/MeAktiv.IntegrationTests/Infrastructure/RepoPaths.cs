using System.Reflection;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MeAktiv.IntegrationTests.Infrastructure;

/// <summary>
/// Paths inside the repository. The root is the folder of ME-aktiv.sln, found by walking up from the test binaries
/// (bin/ below the repository) or, when the build output lives elsewhere (<c>--artifacts-path</c>), from the web
/// project's folder that Microsoft.AspNetCore.Mvc.Testing records in the test assembly.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The repository root, or null if the tests run outside a checkout.</summary>
    public static string? RepoRoot => Root.Value;

    /// <summary>
    /// The seed files: the repository's <c>seeds</c> folder (what a developer edits), else the copy the web project
    /// puts next to the binaries (<c>seeds/**/*.csv</c>).
    /// </summary>
    public static string Seeds
    {
        get
        {
            var repoSeeds = RepoRoot is null ? null : Path.Combine(RepoRoot, "seeds");
            return repoSeeds is not null && Directory.Exists(repoSeeds)
                ? repoSeeds
                : Path.Combine(AppContext.BaseDirectory, "seeds");
        }
    }

    private static string? FindRoot()
    {
        var starts = new List<string> { AppContext.BaseDirectory };
        starts.AddRange(typeof(RepoPaths).Assembly.GetCustomAttributes<WebApplicationFactoryContentRootAttribute>()
            .Select(a => a.ContentRootPath)
            .Where(p => !string.IsNullOrEmpty(p) && Path.IsPathRooted(p)));
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ME-aktiv.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
