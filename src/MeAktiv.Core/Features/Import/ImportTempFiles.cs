using Microsoft.Extensions.Logging;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// The import's files in the temp folder: the upload's copy (<c>meaktiv-import-{guid}.tmp</c>, <see cref="ImportFile"/>)
/// and the staging file (<c>meaktiv-import-{guid}.db</c>, <see cref="ImportStaging"/>), each deleted when its import
/// ends. A process killed during an import leaves them behind; <see cref="DeleteStale"/>, a step of every start,
/// deletes those of this app older than <see cref="MinAge"/>. A younger one may belong to another instance's running
/// import (bounded by <c>Import:MaxSeconds</c>, 120 s by default): on Linux a file in use can be deleted, so only its
/// age protects it. A file that cannot be deleted, or a folder that cannot be read, is logged and left; the start goes on.
/// </summary>
public sealed class ImportTempFiles(string folder, ILogger<ImportTempFiles> logger)
{
    /// <summary>The upload's copy.</summary>
    public const string CopyExtension = ".tmp";

    /// <summary>The staging file.</summary>
    public const string StagingExtension = ".db";

    private const string Prefix = "meaktiv-import-";
    private const int GuidLength = 32; // Guid "N": 32 hex digits

    /// <summary>Files at least this old (by their last write) are no running import's.</summary>
    public static readonly TimeSpan MinAge = TimeSpan.FromHours(1);

    /// <summary>The folder searched by <see cref="DeleteStale"/>.</summary>
    public string Folder => folder;

    /// <summary>A new file name of the import in the system's temp folder.</summary>
    public static string NewPath(string extension) =>
        Path.Combine(Path.GetTempPath(), $"{Prefix}{Guid.NewGuid():N}{extension}");

    /// <summary>Whether <paramref name="fileName"/> is one of the import's names (an other app's file is never touched).</summary>
    public static bool IsImportFile(string fileName)
    {
        if (!fileName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = fileName.AsSpan(Prefix.Length);
        return rest.Length > GuidLength && !rest[..GuidLength].ContainsAnyExcept("0123456789abcdef")
                                       && rest[GuidLength..] is CopyExtension or StagingExtension;
    }

    /// <summary>Deletes the import's files in <see cref="Folder"/> last written before <see cref="MinAge"/>; never throws.</summary>
    /// <returns>How many were deleted.</returns>
    public int DeleteStale()
    {
        var deleted = 0;
        try
        {
            var before = DateTime.UtcNow - MinAge;
            foreach (var path in Directory.EnumerateFiles(folder, Prefix + "*"))
            {
                var file = new FileInfo(path);
                if (IsImportFile(file.Name) && file.Exists && file.LastWriteTimeUtc < before && TryDelete(file))
                {
                    deleted++;
                }
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Stale import files: the folder {Folder} could not be searched", folder);
        }

        if (deleted > 0)
        {
            logger.LogInformation("Stale import files: {Count} deleted from {Folder} (older than {MinAge})", deleted, folder, MinAge);
        }

        return deleted;
    }

    private bool TryDelete(FileInfo file)
    {
        try
        {
            file.Delete();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Stale import files: {File} could not be deleted", file.FullName);
            return false;
        }
    }
}
