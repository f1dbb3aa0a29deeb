using Bunit;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Features.Users;

namespace MeAktiv.Tests.Users;

/// <summary>The account form of the user administration: a reset sets a temporary password, and the form says so.</summary>
public sealed class UserFormTests : MudTestContext
{
    [Fact]
    public void A_password_reset_is_a_temporary_password_the_user_must_change()
    {
        var cut = RenderMud<UserForm>(p => p.Add(c => c.Model, new UserFormModel
        {
            Mode = UserFormMode.Password, UserId = "1", Email = "tl-vel-mi@me-aktiv.example",
        }));

        var text = cut.Find("[data-testid=user-form]").TextContent;
        text.ShouldContain("Vorläufiges Passwort für tl-vel-mi@me-aktiv.example");
        text.ShouldContain("muss es bei der nächsten Anmeldung ändern");
        text.ShouldContain("alle offenen Sitzungen enden");
    }

    [Fact]
    public void A_new_account_gets_a_first_password_without_the_reset_notice()
    {
        var cut = RenderMud<UserForm>(p => p.Add(c => c.Model, new UserFormModel { Mode = UserFormMode.Create }));

        var text = cut.Find("[data-testid=user-form]").TextContent;
        text.ShouldContain("Erstes Passwort");
        text.ShouldNotContain("nächsten Anmeldung");
    }
}
