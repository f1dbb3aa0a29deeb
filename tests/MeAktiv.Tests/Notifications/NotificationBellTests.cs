using Bunit;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Notifications;
using MeAktiv.Tests.Components;
using System.Security.Claims;
using MeAktiv.Web.Components.Shared;
using MeAktiv.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Tests.Notifications;

/// <summary>The bell of the top bar counts the user's own unread notifications (on a real SQLite file).</summary>
public sealed class NotificationBellTests : MudTestContext, IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"meaktiv-bell-{Guid.NewGuid():N}.db");
    private readonly PrerenderHandoff _handoff = new(TimeProvider.System);

    public NotificationBellTests()
    {
        Services.AddDbContextFactory<AppDbContext>(o => o.UseSqlite($"Data Source={_file}"));
        Services.AddSingleton(TimeProvider.System);
        Services.AddOptions();
        Services.AddScoped<NotificationQueries>();
        Services.AddSingleton(_handoff);
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={_file}").Options);
        db.Database.EnsureCreated();
        db.OutboxMessages.AddRange(
            Row("tl@example.org", "2015-06", read: false), Row("tl@example.org", "2015-07", read: false),
            Row("tl@example.org", "2015-05", read: true), Row("bl@example.org", "2015-06", read: false));
        db.SaveChanges();
    }

    [Fact]
    public void The_bell_shows_the_unread_count_of_the_user_only()
    {
        var bell = RenderMud<NotificationBell>(p => p.Add(b => b.UserName, "tl@example.org"));
        bell.WaitForAssertion(() => bell.Find("[data-testid=notification-count]").TextContent.ShouldBe("2"));
        bell.Find("a").GetAttribute("href").ShouldBe("/benachrichtigungen");
        bell.Find("a").GetAttribute("title").ShouldBe("Benachrichtigungen (2 ungelesene)");
        bell.Find("a").TextContent.ShouldBe("Benachrichtigungen: 2 ungelesene"); // the accessible name holds the visible count
    }

    [Fact]
    public void Without_unread_notifications_the_bell_shows_no_count()
    {
        var bell = RenderMud<NotificationBell>(p => p.Add(b => b.UserName, "gf@example.org"));
        bell.WaitForAssertion(() => bell.Find("a").GetAttribute("title").ShouldNotBeNull());
        bell.FindAll("[data-testid=notification-count]").ShouldBeEmpty();
        bell.Find("a").GetAttribute("title").ShouldBe("Benachrichtigungen (keine ungelesenen)");
        bell.Find("a").TextContent.ShouldBe("Benachrichtigungen: keine ungelesenen");
    }

    [Fact]
    public void The_circuit_shows_the_count_its_prerender_read_and_reads_anew_after_that()
    {
        SignInAs("tl@example.org");
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "tl@example.org")], "test"));
        // What the prerender of this address read (not the 2 stored, to see that the circuit took it and read nothing).
        _handoff.Put(new RendererInfo("Static", isInteractive: false), Microsoft.AspNetCore.Components.Web.RenderMode.InteractiveServer, user, NotificationBell.HandoffKey("http://localhost/"),
            new NotificationBell.Prerendered(5));

        var bell = RenderMud<NotificationBell>(p => p.Add(b => b.UserName, "tl@example.org"));
        bell.Find("[data-testid=notification-count]").TextContent.ShouldBe("5", "the first render shows the prerender's count");

        var next = RenderMud<NotificationBell>(p => p.Add(b => b.UserName, "tl@example.org"));
        next.WaitForAssertion(() => next.Find("[data-testid=notification-count]").TextContent.ShouldBe("2"), TimeSpan.FromSeconds(10));
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private static OutboxMessage Row(string user, string period, bool read) => new()
    {
        Rule = NotificationRules.BeforeDeadline, Recipient = user, PeriodKey = period, Subject = $"Erinnerung {period}", Body = "Text",
        CreatedAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow, ReadAt = read ? DateTime.UtcNow : null,
    };
}
