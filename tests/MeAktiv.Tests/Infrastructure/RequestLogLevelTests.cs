using MeAktiv.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace MeAktiv.Tests.Infrastructure;

public sealed class RequestLogLevelTests
{
    [Theory]
    [InlineData(200, LogEventLevel.Information)]
    [InlineData(404, LogEventLevel.Information)]
    [InlineData(500, LogEventLevel.Error)]
    [InlineData(503, LogEventLevel.Warning)] // /health while the warm-up after the start runs: not ready, nothing wrong
    public void A_status_gets_its_level(int status, LogEventLevel expected)
    {
        var context = new DefaultHttpContext();
        context.Response.StatusCode = status;

        RequestLogLevel.Of(context, exception: null).ShouldBe(expected);
    }

    [Fact]
    public void An_exception_is_an_error_whatever_the_status() =>
        RequestLogLevel.Of(new DefaultHttpContext { Response = { StatusCode = 503 } }, new InvalidOperationException()).ShouldBe(LogEventLevel.Error);
}
