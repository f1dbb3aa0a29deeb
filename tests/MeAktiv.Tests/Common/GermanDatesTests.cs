using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;

namespace MeAktiv.Tests.Common;

/// <summary>The German dates, months, periods, names and the culture of <see cref="German"/>.</summary>
public sealed class GermanDatesTests
{
    [Fact]
    public void Dates_and_periods()
    {
        German.Date(new DateOnly(2015, 3, 31)).ShouldBe("31.03.2015");
        German.Date(new DateOnly(2015, 1, 2)).ShouldBe("02.01.2015");
        German.Date(null).ShouldBe("–");
        German.Period(new DateOnly(2015, 1, 16), new DateOnly(2015, 4, 15)).ShouldBe("16.01.2015 bis 15.04.2015");
    }

    [Fact]
    public void Times_are_shown_in_German_local_time()
    {
        German.Time(new DateTime(2026, 11, 24, 6, 45, 0, DateTimeKind.Utc)).ShouldBe("24.11.2026, 07:45 Uhr");
        German.Time(new DateTime(2015, 7, 9, 6, 30, 0, DateTimeKind.Utc)).ShouldBe("09.07.2015, 08:30 Uhr");
        German.Time(null).ShouldBe("–");
        German.ToLocal(new DateTime(2015, 7, 1, 22, 30, 0, DateTimeKind.Utc)).ShouldBe(new DateTime(2015, 7, 2, 0, 30, 0));
        German.ToLocal(new DateTime(2015, 1, 1, 12, 0, 0, DateTimeKind.Unspecified)).ShouldBe(new DateTime(2015, 1, 1, 13, 0, 0));
    }

    [Theory]
    [InlineData(1, "Januar", "Jan")]
    [InlineData(2, "Februar", "Feb")]
    [InlineData(3, "März", "Mär")]
    [InlineData(4, "April", "Apr")]
    [InlineData(5, "Mai", "Mai")]
    [InlineData(6, "Juni", "Jun")]
    [InlineData(7, "Juli", "Jul")]
    [InlineData(8, "August", "Aug")]
    [InlineData(9, "September", "Sep")]
    [InlineData(10, "Oktober", "Okt")]
    [InlineData(11, "November", "Nov")]
    [InlineData(12, "Dezember", "Dez")]
    public void Month_names(int month, string name, string shortName)
    {
        German.MonthName(month).ShouldBe(name);
        German.MonthShort(month).ShouldBe(shortName);
    }

    [Fact]
    public void Months_and_quarters()
    {
        German.Month(2015, 5).ShouldBe("Mai 2015");
        German.Month(new YearMonth(2015, 3)).ShouldBe("März 2015");
        German.MonthDigits(2015, 5).ShouldBe("05/2015");
        German.MonthDigits(2015, 12).ShouldBe("12/2015");
        German.Quarter(1, 2015).ShouldBe("1. Quartal 2015");
    }

    [Theory]
    [InlineData(OrgUnitKind.Jobcenter, "Jobcenter", "Jobcenter")]
    [InlineData(OrgUnitKind.Bereich, "Bereich", "Bereiche")]
    [InlineData(OrgUnitKind.Geschaeftsstelle, "Geschäftsstelle", "Geschäftsstellen")]
    [InlineData(OrgUnitKind.Team, "Team", "Teams")]
    public void Kinds_of_units(OrgUnitKind kind, string name, string plural)
    {
        German.KindName(kind).ShouldBe(name);
        German.KindPlural(kind).ShouldBe(plural);
    }

    [Theory]
    [InlineData(ComponentRole.Numerator, "Zähler")]
    [InlineData(ComponentRole.Denominator, "Nenner")]
    [InlineData(ComponentRole.Value, "Wert")]
    public void Roles_of_components(ComponentRole role, string name) => German.RoleName(role).ShouldBe(name);

    [Fact]
    public void One_German_culture_that_sorts_umlauts_beside_their_letter()
    {
        German.Culture.Name.ShouldBe("de-DE");
        new[] { "Zeitz", "Bochum", "Ärzte", "Aachen", "Essen" }.Order(German.Comparer)
            .ShouldBe(["Aachen", "Ärzte", "Bochum", "Essen", "Zeitz"]);
    }
}
