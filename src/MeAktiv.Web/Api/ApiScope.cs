using MeAktiv.Core.Security;

namespace MeAktiv.Web.Api;

internal static class ApiScope
{
    /// <summary>The scope of the caller of an API request.</summary>
    public static Task<UserScope> ScopeAsync(this HttpContext context) =>
        context.RequestServices.GetRequiredService<UserScopeService>().GetAsync(context.User, context.RequestAborted);
}
