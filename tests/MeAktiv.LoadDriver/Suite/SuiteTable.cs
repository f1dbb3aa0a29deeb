using System.Globalization;

namespace MeAktiv.LoadDriver.Suite;

/// <summary>One figure of the suite beside its floor: <c>figure | value | floor | ratio | goal | met?</c>.</summary>
internal sealed record SuiteRow(string Figure, double Value, double Floor, string Unit, string Goal, bool Met)
{
    public double Ratio => Floor > 0 ? Value / Floor : double.NaN;
}

/// <summary>The rows of one <c>suite</c> run, printed each as it is measured and as one Markdown table at the end.</summary>
internal sealed class SuiteTable
{
    private readonly List<SuiteRow> _rows = [];
    private readonly List<string> _notes = [];

    public IReadOnlyList<SuiteRow> Rows => _rows;

    /// <summary>A figure with a ratio goal: met when value ≤ <paramref name="maxRatio"/> × floor.</summary>
    public void Ratio(string figure, double value, double floor, string unit, double maxRatio) =>
        Add(new SuiteRow(figure, value, floor, unit, string.Create(CultureInfo.InvariantCulture, $"≤ {maxRatio:0.##}× floor"),
            value <= maxRatio * floor));

    /// <summary>A figure with an absolute goal: met when value ≤ <paramref name="max"/> (the floor only printed beside it).</summary>
    public void Absolute(string figure, double value, double floor, string unit, double max) =>
        Add(new SuiteRow(figure, value, floor, unit, string.Create(CultureInfo.InvariantCulture, $"≤ {max:0.##} {unit}"), value <= max));

    /// <summary>A figure shown for information (no goal of its own).</summary>
    public void Info(string figure, double value, double floor, string unit) =>
        Add(new SuiteRow(figure, value, floor, unit, "–", true));

    public void Note(string text)
    {
        _notes.Add(text);
        Stats.Report("note", text);
    }

    private void Add(SuiteRow row)
    {
        _rows.Add(row);
        Stats.Report("figure", $"{row.Figure}: {Format(row.Value, row.Unit)} beside floor {Format(row.Floor, row.Unit)} = " +
                               $"{FormatRatio(row.Ratio)}; goal {row.Goal}: {(row.Goal == "–" ? "info" : row.Met ? "met" : "NOT met")}");
    }

    public void Print(string header)
    {
        Console.WriteLine();
        Console.WriteLine(header);
        Console.WriteLine();
        Console.WriteLine("| figure | ME-aktiv | floor | ratio | goal | met? |");
        Console.WriteLine("|---|---:|---:|---:|---|---|");
        foreach (var r in _rows)
        {
            Console.WriteLine($"| {r.Figure} | {Format(r.Value, r.Unit)} | {Format(r.Floor, r.Unit)} | {FormatRatio(r.Ratio)} | {r.Goal} | " +
                              $"{(r.Goal == "–" ? "–" : r.Met ? "yes" : "**no**")} |");
        }

        foreach (var note in _notes)
        {
            Console.WriteLine($"- {note}");
        }
    }

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Format(double value, string unit) => double.IsNaN(value)
        ? "–"
        : value.ToString(value >= 100 ? "N0" : value >= 10 ? "N1" : "N2", German) + " " + unit;

    public static string FormatRatio(double ratio) => double.IsNaN(ratio) ? "–" : ratio.ToString("0.00", German) + "×";
}
