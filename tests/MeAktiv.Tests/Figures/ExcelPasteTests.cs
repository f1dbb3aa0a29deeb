using MeAktiv.Web.Features.Figures;

namespace MeAktiv.Tests.Figures;

public sealed class ExcelPasteTests
{
    [Fact]
    public void Reads_a_block_with_tabs_CRLF_German_decimals_and_thousands_dots()
    {
        var block = ExcelPaste.Parse("82\t4.894\r\n2.219,1\t1.234.567,89\r\n");

        block.Errors.ShouldBeEmpty();
        block.Rows.ShouldBe(2); // Excel's final line break is not an extra row
        block.Columns.ShouldBe(2);
        block.Values[0].ShouldBe([82m, 4894m]);
        block.Values[1].ShouldBe([2219.1m, 1234567.89m]);
    }

    [Fact]
    public void Empty_cells_are_null_and_no_error()
    {
        var block = ExcelPaste.Parse("1\t\t3\n\t5\n");

        block.Errors.ShouldBeEmpty();
        block.Values[0].ShouldBe([1m, null, 3m]);
        block.Values[1].ShouldBe([null, 5m]);
        block.Texts[0][1].ShouldBe("");
    }

    [Fact]
    public void A_text_that_is_no_number_is_reported_with_its_position_and_a_German_message()
    {
        var block = ExcelPaste.Parse("12\r\nk. A.\r\n14");

        block.Values.Select(r => r[0]).ShouldBe([12m, null, 14m]);
        var error = block.Errors.ShouldHaveSingleItem();
        (error.Row, error.Column, error.Text).ShouldBe((1, 0, "k. A."));
        error.Message.ShouldBe("„k. A.“ ist keine Zahl.");
    }

    [Fact]
    public void Accepts_LF_and_CR_line_ends_and_a_single_cell()
    {
        ExcelPaste.Parse("1\n2\r3").Values.Select(r => r[0]).ShouldBe([1m, 2m, 3m]);
        var single = ExcelPaste.Parse("4.711\r\n");
        single.Rows.ShouldBe(1);
        single.Values[0].ShouldBe([4711m]);
    }

    [Fact]
    public void Empty_text_is_an_empty_block()
    {
        ExcelPaste.Parse("").Rows.ShouldBe(0);
        ExcelPaste.Parse(null).Columns.ShouldBe(0);
    }
}
