using System.Text;

namespace MeAktiv.Core.Common.Csv;

/// <summary>
/// Which encoding a CSV file from German Excel is in. Excel writes "CSV UTF-8" with a byte order mark, but its plain
/// "CSV (Trennzeichen-getrennt)" in the Windows ANSI code page, which in Germany is Windows-1252 (ä = 0xE4, € = 0x80).
/// Detection: a byte order mark decides (UTF-8, or UTF-16 which Excel writes as "Unicode-Text"); otherwise the whole
/// content is decoded as strict UTF-8 — any invalid byte sequence (a lone 0xE4 for ä is one) means it is not UTF-8,
/// and Windows-1252 is taken. Pure ASCII is valid UTF-8 and reads the same either way. A Windows-1252 text that
/// happens to be valid UTF-8 would need an umlaut followed by exactly the right continuation bytes (e.g. "Ã¤"), which
/// does not occur in unit codes, indicator codes and numbers.
/// </summary>
public static class CsvEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>Detects the encoding of a seekable stream and rewinds it to where it was.</summary>
    public static Encoding Detect(Stream stream)
    {
        var start = stream.Position;
        try
        {
            Span<byte> bom = stackalloc byte[3];
            var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
            if (read >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF)
            {
                return Encoding.UTF8;
            }

            if (read >= 2 && bom[0] == 0xFF && bom[1] == 0xFE)
            {
                return Encoding.Unicode;
            }

            if (read >= 2 && bom[0] == 0xFE && bom[1] == 0xFF)
            {
                return Encoding.BigEndianUnicode;
            }

            stream.Position = start;
            return IsValidUtf8(stream) ? Encoding.UTF8 : Windows1252;
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static bool IsValidUtf8(Stream stream)
    {
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[StrictUtf8.GetMaxCharCount(bytes.Length)];
        try
        {
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true); // a sequence cut off at the end is invalid too
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
