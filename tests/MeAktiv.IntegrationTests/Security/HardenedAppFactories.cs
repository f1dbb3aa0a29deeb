using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>The app with the production defaults of the Security section (Secure cookies, login limit 20 a minute).</summary>
public sealed class ProductionDefaultsAppFactory : MeAktivAppFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Security:CookieSecurePolicy", "");
        builder.UseSetting("Security:LoginRateLimit:PermitLimit", "20"); // the default of SecurityOptions
    }
}

/// <summary>The app with a small login limit: 3 attempts a minute per address.</summary>
public sealed class RateLimitedAppFactory : MeAktivAppFactory
{
    public const int Limit = 3;

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Security:LoginRateLimit:PermitLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:LoginRateLimit:WindowSeconds", "60");
    }
}
