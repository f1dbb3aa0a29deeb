using System.Text;
using MeAktiv.Core.Common.Csv;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Features.Import;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// The file readers alone (no database): encodings, German numbers, the header, blank lines, quoting and row numbers.
/// Pure and fast; they live beside the import's other tests.
/// </summary>
public sealed class ImportReaderTests
{
    [Theory]
    [InlineData("1234,5", "1234.5")]
    [InlineData("17.970", "17970")]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("-5", "-5")]
    [InlineData(" 12 ", "12")]
    [InlineData("0,25", "0.25")]
    public void German_numbers_are_read_with_decimal_comma_and_an_exact_thousands_grouping(string text, string expected)
    {
        GermanNumber.TryParse(text, out var value).ShouldBeTrue();
        value.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("21.4")]
    [InlineData("1234.5")]
    [InlineData("1.23")]
    [InlineData("12.34,5")]
    [InlineData("1.2345")]
    [InlineData(".970")]
    [InlineData("1,2,3")]
    [InlineData("1e5")]
    [InlineData("12 %")]
    [InlineData("")]
    public void Anything_else_is_not_a_number_instead_of_a_guess(string text) => GermanNumber.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("utf8-bom")]
    [InlineData("utf8")]
    [InlineData("windows-1252")]
    public void UTF8_with_or_without_BOM_and_Windows_1252_are_all_read(string encoding)
    {
        var text = ImportFiles.Header + "\r\n2016-01;MÜNSTER;EQ;AUS;5\r\n";
        var bytes = encoding switch
        {
            "utf8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf8" => Encoding.UTF8.GetBytes(text),
            _ => CsvEncoding.Windows1252.GetBytes(text),
        };

        var (_, inputs, _) = ReadCsv(bytes);

        inputs.ShouldHaveSingleItem().Unit.ShouldBe("MÜNSTER");
    }

    [Fact]
    public void The_header_is_found_by_name_in_any_order_and_case_and_rows_keep_their_line_numbers()
    {
        var (rows, inputs, numbers) = ReadCsv(Encoding.UTF8.GetBytes(
            "\r\nwert;EINHEIT;Monat;kennzahl;Komponente\r\n5;VEL-MI;2016-01;EQ;AUS\r\n;;;;\r\n\r\n\"1.234,5\";\"VEL-MI\";2016-01;K1;LLU\r\n"));

        rows.Errors.ShouldBeEmpty();
        numbers.ShouldBe([3, 6]);
        inputs[1].ShouldBe(new MeAktiv.Core.Features.Figures.FigureInput("VEL-MI", "K1", "LLU", 2016, 1, 1234.5m));
    }

    [Fact]
    public void A_doubled_column_is_an_error_of_the_header()
    {
        var (rows, _, _) = ReadCsv(Encoding.UTF8.GetBytes("Monat;Einheit;Kennzahl;Komponente;Wert;Wert\r\n2016-01;VEL-MI;EQ;AUS;1;2\r\n"));

        rows.HeaderOk.ShouldBeFalse();
        rows.Errors.ShouldHaveSingleItem().ShouldBe(new ImportError(1, "Wert", "Die Spalte 'Wert' kommt doppelt vor."));
    }

    [Fact]
    public void Trailing_empty_fields_are_allowed_but_extra_values_are_not()
    {
        var (rows, _, numbers) = ReadCsv(Encoding.UTF8.GetBytes(ImportFiles.Header + "\r\n2016-01;VEL-MI;EQ;AUS;1;\r\n2016-01;VEL-MI;EQ;SVB;1;x\r\n"));

        numbers.ShouldBe([2]);
        rows.Errors.ShouldHaveSingleItem().ShouldBe(new ImportError(3, null, "Die Zeile hat 6 Felder statt 5 (Trennzeichen ist ';')."));
    }

    [Fact]
    public void An_XLSX_date_in_the_middle_of_a_month_is_not_taken_for_the_month()
    {
        var rows = new ImportRows(new ImportOptions());
        using var xlsx = new MemoryStream(ImportFiles.Xlsx(
            ["Monat", "Einheit", "Kennzahl", "Komponente", "Wert"], [new DateTime(2016, 3, 15), "VEL-MI", "EQ", "AUS", 1.0]));

        Collect(XlsxFigureReader.Read(xlsx, rows, (_, _) => { }, TestContext.Current.CancellationToken));

        rows.Errors.ShouldHaveSingleItem().ShouldBe(new ImportError(2, "Monat",
            "Das Datum 15.03.2016 ist kein Monat im Format JJJJ-MM (z. B. 2015-03)."));
    }

    [Fact]
    public void The_shared_CSV_splitter_reads_quotes_as_Excel_writes_them()
    {
        var line = CsvReader.Split("a;\"b;c\";\"d \"\"e\"\"\";", 7);

        (line.Number, line.Error).ShouldBe((7, null));
        line.Fields.ShouldBe(["a", "b;c", "d \"e\"", ""]);
    }

    [Fact]
    public void A_long_file_is_handed_on_in_chunks_that_keep_their_line_numbers()
    {
        var lines = Enumerable.Range(1, 2 * ImportRows.ChunkSize + 7).Select(i => $"2016-01;VEL-MI;EQ;AUS;{i}");
        var rows = new ImportRows(new ImportOptions());
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ImportFiles.Header + "\r\n" + string.Join("\r\n", lines)));

        var sizes = CsvFigureReader.Read(stream, rows, (_, _) => { }, TestContext.Current.CancellationToken)
            .Select(chunk => (chunk.Inputs.Count, chunk.RowNumbers[0], (int)chunk.Inputs[^1].Value!.Value)).ToList();

        sizes.ShouldBe([(ImportRows.ChunkSize, 2, ImportRows.ChunkSize), (ImportRows.ChunkSize, ImportRows.ChunkSize + 2, 2 * ImportRows.ChunkSize),
            (7, 2 * ImportRows.ChunkSize + 2, 2 * ImportRows.ChunkSize + 7)]);
        (rows.Readable, rows.DataRows, rows.Inputs.Count).ShouldBe((2 * ImportRows.ChunkSize + 7, 2 * ImportRows.ChunkSize + 7, 0));
    }

    private static (ImportRows Rows, List<FigureInput> Inputs, List<int> Numbers) ReadCsv(byte[] bytes)
    {
        var rows = new ImportRows(new ImportOptions());
        using var stream = new MemoryStream(bytes);
        var (inputs, numbers) = Collect(CsvFigureReader.Read(stream, rows, (_, _) => { }, TestContext.Current.CancellationToken));
        return (rows, inputs, numbers);
    }

    /// <summary>Every chunk's inputs and row numbers (each chunk is cleared when the next is read).</summary>
    private static (List<FigureInput> Inputs, List<int> Numbers) Collect(IEnumerable<ImportRows> chunks)
    {
        var (inputs, numbers) = (new List<FigureInput>(), new List<int>());
        foreach (var chunk in chunks)
        {
            inputs.AddRange(chunk.Inputs);
            numbers.AddRange(chunk.RowNumbers);
        }

        return (inputs, numbers);
    }
}
