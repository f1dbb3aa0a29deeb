namespace MeAktiv.Core.Common.Csv;

/// <summary>
/// One physical line of a CSV file split into its fields. <see cref="Number"/> counts from 1 (the header is line 1).
/// <see cref="Error"/> is a German message when the line cannot be split (an opening quote without its closing one).
/// </summary>
public sealed record CsvLine(int Number, string[] Fields, string? Error)
{
    /// <summary>Nothing but separators and white space: Excel writes <c>;;;;</c> for an empty row inside a sheet.</summary>
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}
