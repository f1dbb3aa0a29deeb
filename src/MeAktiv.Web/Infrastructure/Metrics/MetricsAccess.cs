using System.Net;
using MeAktiv.Core.Security;
using MeAktiv.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace MeAktiv.Web.Infrastructure.Metrics;

/// <summary>
/// Who may read <c>/metrics</c>: a request from a network in <c>Security:Metrics:AllowedNetworks</c> (the monitoring
/// server; default loopback only), or a signed-in Administration user. Everybody else: 401 without sign-in, 403 with.
/// </summary>
public sealed class MetricsAccessRequirement : IAuthorizationRequirement;

public sealed class MetricsAccessHandler(IOptionsMonitor<SecurityOptions> options, ILoggerFactory loggers)
    : AuthorizationHandler<MetricsAccessRequirement>
{
    public const string Policy = "MetricsAccess";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MetricsAccessRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        if (context.User.IsInRole(Roles.Administration)
            || IsAllowed(http?.Connection.RemoteIpAddress, options.CurrentValue.Metrics.AllowedNetworks))
        {
            context.Succeed(requirement);
        }
        else if (http is not null)
        {
            SecurityEvents.MetricsDenied(loggers.CreateLogger(SecurityEvents.Category),
                context.User.Identity?.Name ?? "anonym", LoginRateLimiting.ClientAddress(http));
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether the address lies in one of the networks (CIDR; IPv4 also as IPv4-mapped IPv6).</summary>
    public static bool IsAllowed(IPAddress? address, IEnumerable<string> networks)
    {
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return networks.Any(n => IPNetwork.TryParse(n.Trim(), out var network) && network.Contains(address));
    }
}
