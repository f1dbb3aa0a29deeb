namespace MeAktiv.Core.Features.Import;

/// <summary>The kinds of file the import reads, by file name extension.</summary>
public enum ImportFileKind
{
    Csv = 0,
    Xlsx = 1,
}

/// <summary>
/// The uploaded file as a seekable stream within the size cap: the caller's stream itself when it can seek (ASP.NET
/// Core buffers a form file), else a copy in a temp file that is deleted on dispose (a Blazor upload stream).
/// </summary>
internal sealed class ImportFile : IAsyncDisposable
{
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

    /// <summary>The file, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<ImportFile?> OpenAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        if (content.CanSeek)
        {
            return content.Length - content.Position > maxBytes ? null : new ImportFile(content, owned: false);
        }

        var copy = new FileStream(Path.Combine(Path.GetTempPath(), $"meaktiv-import-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                if (copy.Length + read > maxBytes)
                {
                    await copy.DisposeAsync();
                    return null;
                }

                await copy.WriteAsync(buffer.AsMemory(0, read), ct);
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

    public ValueTask DisposeAsync() => _owned ? Content.DisposeAsync() : ValueTask.CompletedTask;
}
