namespace MeAktiv.Core.Features.Import;

/// <summary>Settings of the section <c>Import</c>.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest file accepted (default 20 MB: about 600.000 CSV rows, far more than a year of all units).</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;
}
