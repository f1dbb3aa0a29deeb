namespace MeAktiv.Web.Features.Figures;

/// <summary>A conflicting figure as the dialog shows it (texts already formatted in German).</summary>
public sealed record ConflictItem(string Key, string Label, string Mine, string Stored, string? By, string At);

/// <summary>Take the stored value, or save one's own over it (sending the stored version).</summary>
public enum ConflictChoice
{
    TakeTheirs = 0,
    Overwrite = 1,
}
