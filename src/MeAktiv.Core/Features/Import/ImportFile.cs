
namespace MeAktiv.Core.Features.Import;

/// <summary>The kinds of file the import reads, by file name extension.</summary>
public enum ImportFileKind
{
    Csv = 0,
    Xlsx = 1,
}

/// <summary>
/// A file to import as a seekable stream within the size cap: the caller's stream itself when it can seek (ASP.NET
/// Core buffers a form file), else a copy in a temp file that is deleted on dispose (a Blazor upload stream; the import
/// page copies the upload once, so its preview and its import read the same bytes and a large upload shows progress).
/// </summary>
public sealed class ImportFile : IAsyncDisposable
{
    private const int BufferSize = 64 * 1024;
    private readonly bool _owned;

    private ImportFile(Stream content, bool owned)
    {
        Content = content;
        _owned = owned;
    }

    public Stream Content { get; }

    public static ImportFileKind? KindOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => ImportFileKind.Csv,
        ".xlsx" => ImportFileKind.Xlsx,
        _ => null,
    };

    /// <summary>The file, or null when it is larger than <paramref name="maxBytes"/>; copied only when it cannot seek.</summary>
    public static Task<ImportFile?> OpenAsync(Stream content, long maxBytes, CancellationToken ct) => content.CanSeek
        ? Task.FromResult(content.Length - content.Position > maxBytes ? null : new ImportFile(content, owned: false))
        : CopyAsync(content, maxBytes, progress: null, ct);

    /// <summary>
    /// Copies <paramref name="source"/> into a temp file (deleted on dispose), telling <paramref name="progress"/> the
    /// bytes copied so far; null when the source is larger than <paramref name="maxBytes"/>.
    /// </summary>
    public static async Task<ImportFile?> CopyAsync(Stream source, long maxBytes, Action<long>? progress, CancellationToken ct)
    {
        var copy = new FileStream(ImportTempFiles.NewPath(ImportTempFiles.CopyExtension), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var buffer = new byte[BufferSize];
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                if (copy.Length + read > maxBytes)
                {
                    await copy.DisposeAsync();
                    return null;
                }

                await copy.WriteAsync(buffer.AsMemory(0, read), ct);
                progress?.Invoke(copy.Length);
            }

            copy.Position = 0;
            return new ImportFile(copy, owned: true);
        }
        catch
        {
            await copy.DisposeAsync();
            throw;
        }
    }

    /// <summary>The content from its start (the import services read it without disposing it).</summary>
    public Stream Rewind()
    {
        Content.Position = 0;
        return Content;
    }

    public ValueTask DisposeAsync() => _owned ? Content.DisposeAsync() : ValueTask.CompletedTask;
}
