using Bunit;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Components.Shared;

namespace MeAktiv.Tests.Components.Shared;

/// <summary>A year or month in the address that the dashboard could not show is named, with what is shown instead.</summary>
public sealed class AddressNoticeTests : MudTestContext
{
    private IRenderedComponent<AddressNotice> Render(string query, int year = 2015, int month = 5) =>
        RenderMud<AddressNotice>(p => p.Add(c => c.Address, "http://localhost/uebersicht" + query).Add(c => c.Year, year).Add(c => c.Month, month));

    [Theory]
    [InlineData("?jahr=2015&monat=13", "Den Monat „13“ aus der Adresse gibt es nicht; gezeigt wird Mai 2015.")]
    [InlineData("?monat=Mai", "Den Monat „Mai“ aus der Adresse gibt es nicht; gezeigt wird Mai 2015.")]
    [InlineData("?jahr=abc&monat=5", "Für das Jahr „abc“ aus der Adresse gibt es keine Übersicht; gezeigt wird Mai 2015.")]
    [InlineData("?JAHR=20155", "Für das Jahr „20155“ aus der Adresse gibt es keine Übersicht; gezeigt wird Mai 2015.")]
    public void A_value_the_page_could_not_show_is_named(string query, string expected) =>
        Render(query).Find("[data-testid=address-notice]").TextContent.ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("?jahr=2015")]
    [InlineData("?jahr=2015&monat=5")]
    [InlineData("?jahr=2015&monat=05")]
    public void An_address_the_page_follows_gets_no_notice(string query) =>
        Render(query).FindAll("[data-testid=address-notice]").ShouldBeEmpty();

    [Fact]
    public void The_notice_goes_once_the_address_is_valid()
    {
        var cut = Render("?jahr=2015&monat=13");
        cut.Render(p => p.Add(c => c.Address, "http://localhost/uebersicht?jahr=2015&monat=5"));

        cut.FindAll("[data-testid=address-notice]").ShouldBeEmpty();
    }
}
