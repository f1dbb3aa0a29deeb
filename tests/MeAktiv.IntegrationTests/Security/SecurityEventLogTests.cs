using System.Net;
using System.Net.Http.Json;
using System.Collections.Concurrent;
using MeAktiv.Core.Features.Users;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>The app with an extra Serilog sink (ReadFrom.Services) that keeps the security events in memory.</summary>
public sealed class LogCollectingAppFactory : MeAktivAppFactory
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Serilog:MinimumLevel:Override:MeAktiv.Security", "Information");
        builder.UseSetting("Security:Lockout:MaxFailedAccessAttempts", "3");
        builder.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(new Collector(Events)));
    }

    private sealed class Collector(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}

/// <summary>
/// Security events (docs/security.md): sign-ins, failures, lockouts after the configured number of failures (form and
/// API) and account changes are logged with their stable event id, the user and the client address.
/// </summary>
public sealed class SecurityEventLogTests(LogCollectingAppFactory app) : IClassFixture<LogCollectingAppFactory>
{
    [Fact]
    public async Task Failed_and_locked_out_form_logins_and_an_account_change_are_logged_with_event_id_user_and_address()
    {
        var account = DemoAccounts.Teamleitung("ERK-LG");
        using var browser = app.CreateBrowserClient();
        for (var i = 0; i < 3; i++)
        {
            (await LoginForm.SubmitAsync(browser, account, "Falsch!2015")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // Locked after 3 failures (Security:Lockout:MaxFailedAccessAttempts): the right password is refused, the page says 3.
        using var locked = await LoginForm.SubmitAsync(browser, account, DemoAccounts.Password);
        var html = WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        html.ShouldContain("Nach 3 Fehlversuchen wird die Anmeldung dieses Kontos von diesem Rechner aus für 15 Minuten gesperrt.");
        locked.SetCookies().ShouldNotContain(c => c.StartsWith(LoginForm.AuthCookie, StringComparison.Ordinal));
        using (var api = app.CreateClient())
        {
            (await api.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoAccounts.Traeger, password = DemoAccounts.Password },
                TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var admin = new UserScope(DemoAccounts.Administration, new HashSet<string> { Roles.Administration }, new HashSet<int>(), new HashSet<int>());
            (await scope.ServiceProvider.GetRequiredService<UserAdministrationService>()
                .CreateAsync(admin, new NewUser("protokolliert@jobcenter.example", "Protokoll", Roles.Traeger, [], "Neu!2016x"), TestContext.Current.CancellationToken)).Ok.ShouldBeTrue();
        }

        var events = Events();
        // The failure that reaches the limit is answered "locked out" already (LoginThrottle): 2 × failed, then 2 × locked out.
        events.Count(e => e.Id == 1002 && e.User == account && e.Channel == "Formular").ShouldBe(2);
        events.Count(e => e.Id == 1003 && e.User == account && e.Channel == "Formular").ShouldBe(2);
        events.ShouldContain(e => e.Id == 1001 && e.User == DemoAccounts.Traeger && e.Channel == "API");
        events.ShouldContain(e => e.Id == 1101 && e.User == "protokolliert@jobcenter.example");
        events.ShouldAllBe(e => !string.IsNullOrEmpty(e.Address) && e.Time > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    private sealed record Event(int Id, string? User, string? Address, string? Channel, DateTimeOffset Time);

    /// <summary>The security events the app logged.</summary>
    private List<Event> Events() => app.Events
        .Where(e => e.Properties.TryGetValue("SourceContext", out var c) && c is ScalarValue { Value: SecurityEvents.Category })
        .Select(e => new Event(
            e.Properties["EventId"] is StructureValue id && id.Properties.First(p => p.Name == "Id").Value is ScalarValue { Value: int n } ? n : 0,
            Text(e, "User"), Text(e, "Address"), Text(e, "Channel"), e.Timestamp))
        .ToList();

    private static string? Text(LogEvent e, string name) =>
        e.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: string s } ? s : null;
}
