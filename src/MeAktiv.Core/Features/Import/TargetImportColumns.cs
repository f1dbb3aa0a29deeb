using MeAktiv.Core.Features.Targets;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// The columns of the target import (the Planungsdokument's shape, one row per year × unit × indicator; docs/api.md)
/// and THE mapping of a row to a <see cref="TargetInput"/>. A new column is one constant, one entry in
/// <see cref="All"/>, one argument in <see cref="ToInput"/> and, if the service reports errors on it, one entry in
/// <see cref="OfField"/>.
/// </summary>
public static class TargetImportColumns
{
    public const string Jahr = "Jahr";
    public const string Einheit = "Einheit";
    public const string Kennzahl = "Kennzahl";
    public const string Zielwert = "Zielwert";
    public const string Veraenderung = "Veränderung";
    public const string Ausgangswert = "Ausgangswert";
    public const string Quelle = "Quelle Ausgangswert";
    public const string Status = "Status";
    public const string Beschlossen = "Beschlossen am";
    public const string Notiz = "Notiz";
    public const string Begruendung = "Begründung";
    public const string Version = "Version";
    public const string ZeitraumVon = "Zeitraum von";
    public const string ZeitraumBis = "Zeitraum bis";
    public const string Phasierung = "Phasierung";
    public const string Monatsplan = "Monatsplan";

    /// <summary>Every column in the order of the sample file; the required ones must be in the header.</summary>
    public static readonly IReadOnlyList<(string Name, bool Required)> All =
    [
        (Jahr, true), (Einheit, true), (Kennzahl, true), (Zielwert, false), (Veraenderung, false), (Ausgangswert, false),
        (Quelle, false), (Status, true), (Beschlossen, true), (Notiz, false), (Begruendung, false), (Version, false),
        (ZeitraumVon, false), (ZeitraumBis, false), (Phasierung, false), (Monatsplan, false),
    ];

    public const int MaxRows = 5_000;

    public static string HeaderLine => string.Join(";", All.Select(c => c.Name));

    /// <summary>The row as the input of the one save rule; null when a cell is unreadable (its error is recorded).
    /// Without a version in the file the target's current version is taken (<paramref name="currentVersion"/>).</summary>
    internal static TargetInput? ToInput(ImportCells row, Func<int, string, string, int> currentVersion)
    {
        var year = row.Int(Jahr);
        var unit = row.Text(Einheit);
        var indicator = row.Text(Kennzahl);
        var input = new TargetInput(year ?? 0, unit ?? "", indicator ?? "", row.Number(Zielwert), row.Status(Status) ?? default,
            row.Date(Beschlossen) ?? default, row.OptionalText(Notiz), row.OptionalText(Begruendung), row.Number(Ausgangswert),
            row.OptionalText(Quelle), row.Number(Veraenderung), 0)
        {
            PeriodFrom = row.OptionalMonth(ZeitraumVon),
            PeriodTo = row.OptionalMonth(ZeitraumBis),
            Phasing = row.OptionalPhasing(Phasierung),
            Plan = row.OptionalPlan(Monatsplan),
        };
        if (!row.Ok)
        {
            return null;
        }

        return input with { Version = row.OptionalInt(Version) ?? currentVersion(input.Year, unit!.Trim().ToUpperInvariant(), indicator!.Trim().ToUpperInvariant()) };
    }

    /// <summary>The column of a field of <see cref="TargetInput"/> that a rule refused (null: the row as a whole).</summary>
    internal static string? OfField(string field) => field switch
    {
        nameof(TargetInput.Year) => Jahr,
        nameof(TargetInput.UnitCode) => Einheit,
        nameof(TargetInput.IndicatorCode) => Kennzahl,
        nameof(TargetInput.Value) => Zielwert,
        nameof(TargetInput.Change) => Veraenderung,
        nameof(TargetInput.Baseline) => Ausgangswert,
        nameof(TargetInput.BaselineSource) => Quelle,
        nameof(TargetInput.Status) => Status,
        nameof(TargetInput.DecidedOn) => Beschlossen,
        nameof(TargetInput.Note) => Notiz,
        nameof(TargetInput.Reason) => Begruendung,
        nameof(TargetInput.Version) => Version,
        nameof(TargetInput.PeriodFrom) => ZeitraumVon,
        nameof(TargetInput.PeriodTo) => ZeitraumBis,
        nameof(TargetInput.Phasing) => Phasierung,
        nameof(TargetInput.Plan) => Monatsplan,
        _ => null,
    };
}
