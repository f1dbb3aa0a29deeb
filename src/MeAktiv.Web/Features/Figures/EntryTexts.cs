using MeAktiv.Core.Common;
using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Web.Features.Figures;

/// <summary>The German texts of the Erfassung grid.</summary>
public static class EntryTexts
{
    public static string Dirty(int count) => count switch
    {
        0 => "Keine ungespeicherten Änderungen",
        1 => "1 ungespeicherte Änderung",
        _ => $"{count} ungespeicherte Änderungen",
    };

    /// <summary>The summary's title when a save stored nothing.</summary>
    public static string Refused(SaveStatus status) => status switch
    {
        SaveStatus.Invalid => "Nicht gespeichert: Bitte die markierten Werte prüfen.",
        SaveStatus.Forbidden => "Nicht gespeichert: Keine Berechtigung.",
        SaveStatus.Closed => "Nicht gespeichert: Der Monat ist abgeschlossen.",
        SaveStatus.NeedsConfirmation =>
            "Nicht gespeichert: Bitte die markierten Werte prüfen; ist ein Wert richtig, ihn mit einer Begründung bestätigen.",
        _ => "Nicht gespeichert.",
    };

    /// <summary>A value of the cell's figure in German (Euro amounts with two decimals), or <paramref name="none"/>.</summary>
    public static string Value(decimal? value, EntryCell cell, string none = "kein Wert") =>
        value is null ? none : German.Input(value, cell.GridRow.Kind);
}
