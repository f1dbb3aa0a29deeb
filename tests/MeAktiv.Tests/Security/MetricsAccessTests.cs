using System.Net;
using MeAktiv.Web.Infrastructure.Metrics;

namespace MeAktiv.Tests.Security;

public sealed class MetricsAccessTests
{
    private static readonly string[] Networks = ["127.0.0.0/8", "::1/128", "10.20.0.0/16"];

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("10.20.3.4", true)]
    [InlineData("::ffff:10.20.3.4", true)]   // IPv4 seen through a dual-stack socket
    [InlineData("10.21.0.1", false)]
    [InlineData("192.168.1.10", false)]
    [InlineData("2001:db8::1", false)]
    public void Only_addresses_in_the_configured_networks_are_allowed(string address, bool allowed) =>
        MetricsAccessHandler.IsAllowed(IPAddress.Parse(address), Networks).ShouldBe(allowed);

    [Fact]
    public void No_address_and_unparsable_networks_allow_nothing()
    {
        MetricsAccessHandler.IsAllowed(null, Networks).ShouldBeFalse();
        MetricsAccessHandler.IsAllowed(IPAddress.Parse("10.0.0.1"), ["kein-netz", "10.0.0.0/33"]).ShouldBeFalse();
    }
}
