using System.Net;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Budget;

/// <summary>The section „1. Revision anlegen“ on <c>/budget</c> (server-rendered): prefilled with the valid plan for
/// Finanzen and the Geschäftsführung, absent for Administration and the Träger, who may not add a revision.</summary>
public sealed class BudgetRevisionFormTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    [Theory]
    [InlineData(DemoAccounts.Geschaeftsfuehrung, true)]
    [InlineData(DemoAccounts.Finanzen, true)]
    [InlineData(DemoAccounts.Administration, false)]
    [InlineData(DemoAccounts.Traeger, false)]
    public async Task The_revision_form_is_shown_to_those_who_may_add_a_revision(string account, bool shown)
    {
        using var browser = await app.CreateSignedInBrowserClientAsync(account);
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync("/budget?jahr=2015", TestContext.Current.CancellationToken));

        html.Contains("data-testid=\"revision-form\"").ShouldBe(shown, account);
        if (shown)
        {
            html.ShouldContain("1. Revision anlegen");
            html.ShouldContain("value=\"4.484.519\""); // the planned shift of the valid plan, German
            html.ShouldContain("value=\"02.12.2014\"");
        }
    }
}
