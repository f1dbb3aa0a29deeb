using MeAktiv.Core.Domain;

namespace MeAktiv.Tests.Common;

/// <summary>The month as one number (<see cref="YearMonth.Index()"/>), which the import's window of months counts in.</summary>
public sealed class YearMonthTests
{
    [Fact]
    public void Months_apart_are_numbers_apart_across_the_turn_of_the_year()
    {
        (new YearMonth(2015, 1).Index() - new YearMonth(2014, 12).Index()).ShouldBe(1);
        (new YearMonth(2016, 3).Index() - new YearMonth(2015, 3).Index()).ShouldBe(12);
        new YearMonth(2015, 1).Index().ShouldBe(2015 * 12);
    }

    [Theory]
    [InlineData(2015, 1, -1)]
    [InlineData(2015, 12, 1)]
    [InlineData(2015, 6, -13)]
    public void Adding_months_moves_the_index_by_as_many(int year, int month, int months) =>
        new YearMonth(year, month).AddMonths(months).Index().ShouldBe(new YearMonth(year, month).Index() + months);

    [Fact]
    public void The_index_is_not_written_with_a_month() => // audit entries and the seed scripts hold months as JSON
        System.Text.Json.JsonSerializer.Serialize(new YearMonth(2015, 3)).ShouldBe("""{"Year":2015,"Month":3,"IsValid":true}""");

    [Fact]
    public void Order_follows_the_index() =>
        new[] { new YearMonth(2015, 2), new YearMonth(2014, 12), new YearMonth(2015, 1) }.Order()
            .ShouldBe([new YearMonth(2014, 12), new YearMonth(2015, 1), new YearMonth(2015, 2)]);
}
