using Microsoft.AspNetCore.Components.Forms;

namespace MeAktiv.Web.Features.Import;

/// <summary>
/// The file chosen on the import page, copied once from the browser into a temp file (deleted on dispose): the preview
/// and the import then read the same bytes, and a large upload shows its progress.
/// </summary>
internal sealed class UploadedFile : IAsyncDisposable
{
    private readonly FileStream _content;

    private UploadedFile(string name, FileStream content)
    {
        Name = name;
        _content = content;
    }

    public string Name { get; }

    public static async Task<UploadedFile> CopyAsync(IBrowserFile file, long maxBytes, Action<long> progress, CancellationToken ct)
    {
        var content = new FileStream(Path.Combine(Path.GetTempPath(), $"meaktiv-upload-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            // maxAllowedSize from Import:MaxFileBytes: Blazor refuses a larger file instead of streaming it.
            await using var source = file.OpenReadStream(maxBytes, ct);
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                await content.WriteAsync(buffer.AsMemory(0, read), ct);
                progress(content.Length);
            }

            return new UploadedFile(file.Name, content);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }
    }

    /// <summary>The content from its start (the import services read it without disposing it).</summary>
    public Stream Rewind()
    {
        _content.Position = 0;
        return _content;
    }

    public ValueTask DisposeAsync() => _content.DisposeAsync();
}
