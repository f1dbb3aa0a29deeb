using MeAktiv.IntegrationTests.Security;

namespace MeAktiv.IntegrationTests.Api;

/// <summary>
/// No 500 for bad input anywhere (issue 17): every API route the app maps gets bad values — years 9999 and 0, months
/// 0/13/999, garbage and 5.000-character strings, malformed JSON, wrong content types (<see cref="FuzzCases"/>) — as each
/// kind of caller. Every answer must be below 500, and the log must hold no error and no stack trace: a client's
/// mistake is at most a warning. Own app: some of the requests write.
/// </summary>
public sealed class BadInputFuzzTests(FuzzAppFactory app) : IClassFixture<FuzzAppFactory>
{
    public static TheoryData<MatrixRole> Roles => new(Enum.GetValues<MatrixRole>());

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task No_bad_input_to_any_API_route_gives_a_5xx_or_an_error_in_the_log(MatrixRole role)
    {
        using var client = role == MatrixRole.Anonymous
            ? app.CreateClient(new() { AllowAutoRedirect = false })
            : await app.CreateApiClientAsync(MatrixRow.AccountOf(role));
        var cases = FuzzCases.For(app.Services);
        app.Events.Clear();
        var failures = new List<string>();
        foreach (var c in cases)
        {
            using var request = new HttpRequestMessage(c.Method, c.Url) { Content = c.Content() };
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} {c}");
            }
        }

        var logged = app.ErrorsAndStackTraces();
        cases.Count.ShouldBeGreaterThan(1000);
        failures.ShouldBeEmpty($"{failures.Count} of {cases.Count} bad requests as {role} answered 5xx:\n" + string.Join("\n", failures.Take(60)));
        logged.ShouldBeEmpty($"Bad requests as {role} were logged as errors or with a stack trace:\n" + string.Join("\n", logged.Take(30)));
    }
}
