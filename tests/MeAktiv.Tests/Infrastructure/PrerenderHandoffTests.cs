using System.Security.Claims;
using MeAktiv.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace MeAktiv.Tests.Infrastructure;

/// <summary>The prerender hands its loaded data to the same user's circuit at the same address: once, and only while fresh.</summary>
public sealed class PrerenderHandoffTests
{
    private const string Address = "http://localhost/uebersicht?jahr=2015";
    private readonly Clock _clock = new();
    private readonly PrerenderHandoff _handoff;

    private static readonly RendererInfo Prerender = new("Static", isInteractive: false);
    private static readonly RendererInfo Circuit = new("Server", isInteractive: true);
    private static readonly IComponentRenderMode Server = Microsoft.AspNetCore.Components.Web.RenderMode.InteractiveServer;

    public PrerenderHandoffTests() => _handoff = new PrerenderHandoff(_clock);

    private static ClaimsPrincipal User(string? name) =>
        new(name is null ? new ClaimsIdentity() : new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "test"));

    [Fact]
    public void The_same_user_at_the_same_address_takes_the_value_once()
    {
        var value = new object();
        _handoff.Put(Prerender, Server, User("gf@me-aktiv.example"), Address, value);

        _handoff.Take<object>(Circuit, User("gf@me-aktiv.example"), Address).ShouldBeSameAs(value);
        _handoff.Take<object>(Circuit, User("gf@me-aktiv.example"), Address).ShouldBeNull();
    }

    [Fact]
    public void Only_the_prerender_leaves_a_value_and_only_the_circuit_takes_it()
    {
        _handoff.Put(Circuit, Server, User("gf@me-aktiv.example"), Address, new object()); // an interactive render: no circuit follows
        _handoff.Waiting.ShouldBe(0);

        _handoff.Put(Prerender, Server, User("gf@me-aktiv.example"), Address, new object());
        _handoff.Take<object>(Prerender, User("gf@me-aktiv.example"), Address).ShouldBeNull();
        _handoff.Take<object>(Circuit, User("gf@me-aktiv.example"), Address).ShouldNotBeNull();
    }

    [Fact]
    public void A_static_page_leaves_nothing_for_a_circuit_that_never_comes()
    {
        _handoff.Put(Prerender, null, User("gf@me-aktiv.example"), Address, new object());

        _handoff.Waiting.ShouldBe(0);
    }

    [Fact]
    public void Another_user_another_address_or_nobody_gets_nothing()
    {
        _handoff.Put(Prerender, Server, User("gf@me-aktiv.example"), Address, new object());
        _handoff.Put(Prerender, Server, User(null), Address, new object());

        _handoff.Take<object>(Circuit, User("tl-vel-mi@me-aktiv.example"), Address).ShouldBeNull();
        _handoff.Take<object>(Circuit, User("gf@me-aktiv.example"), Address + "&monat=3").ShouldBeNull();
        _handoff.Take<object>(Circuit, User(null), Address).ShouldBeNull();
        _handoff.Take<object>(Circuit, User("gf@me-aktiv.example"), Address).ShouldNotBeNull(); // still there for its own circuit
    }

    [Fact]
    public void A_value_older_than_its_lifetime_is_loaded_again()
    {
        _handoff.Put(Prerender, Server, User("gf@me-aktiv.example"), Address, new object());
        _clock.Advance(PrerenderHandoff.Lifetime);

        _handoff.Take<object>(Circuit, User("gf@me-aktiv.example"), Address).ShouldBeNull();
    }

    [Fact]
    public void When_full_old_values_make_room_and_fresh_ones_are_never_evicted()
    {
        for (var i = 0; i < PrerenderHandoff.Capacity; i++)
        {
            _handoff.Put(Prerender, Server, User($"u{i}"), Address, new object());
        }

        _handoff.Put(Prerender, Server, User("late"), Address, new object());
        _handoff.Take<object>(Circuit, User("late"), Address).ShouldBeNull(); // full of fresh values: the late one simply loads again

        _clock.Advance(PrerenderHandoff.Lifetime);
        _handoff.Put(Prerender, Server, User("later"), Address, "kept"); // the expired ones are dropped to make room
        _handoff.Take<string>(Circuit, User("later"), Address).ShouldBe("kept");
        _handoff.Take<object>(Circuit, User("u0"), Address).ShouldBeNull();
    }

    [Fact]
    public void A_value_no_circuit_took_is_dropped_at_the_next_put()
    {
        _handoff.Put(Prerender, Server, User("gone@me-aktiv.example"), Address, new object()); // the tab closed before its circuit started
        _clock.Advance(PrerenderHandoff.Lifetime);

        _handoff.Put(Prerender, Server, User("gf@me-aktiv.example"), Address, new object());

        _handoff.Waiting.ShouldBe(1);
    }

    private sealed class Clock : TimeProvider
    {
        private DateTimeOffset _now = new(2015, 6, 1, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
