using System.Net;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Account;

/// <summary>Without signing in: pages redirect to the login page, the API answers 401, health and login are open.</summary>
[Collection(SharedAppCollection.Name)]
public sealed class AnonymousAccessTests(MeAktivAppFactory app)
{
    [Fact]
    public async Task Home_page_redirects_to_the_login_page()
    {
        using var client = app.CreateBrowserClient();

        using var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.RedirectTarget().ShouldNotBeNull().ShouldStartWith(LoginForm.Path + "?");
    }

    [Fact]
    public async Task Api_without_credentials_answers_401_problem_details()
    {
        using var client = app.CreateBrowserClient();

        using var response = await client.GetAsync("/api/v1/org-units", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.Text("title").ShouldBe("Nicht angemeldet");
        response.Headers.Location.ShouldBeNull("the API must not redirect to the login page");
    }

    [Fact]
    public async Task Health_answers_200_without_login()
    {
        using var client = app.CreateBrowserClient();

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Login_page_answers_200_with_the_form_fields()
    {
        using var client = app.CreateBrowserClient();

        using var response = await client.GetAsync(LoginForm.Path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        LoginForm.InputNames(html).ShouldContain(LoginForm.EmailField);
        LoginForm.InputNames(html).ShouldContain(LoginForm.PasswordField);
        var hidden = LoginForm.HiddenInputs(html);
        hidden.ShouldContainKeyAndValue("_handler", "login");
        hidden["__RequestVerificationToken"].ShouldNotBeNullOrWhiteSpace();
    }
}
