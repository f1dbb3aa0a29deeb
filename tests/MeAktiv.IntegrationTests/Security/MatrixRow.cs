using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>The answer a role is expected to get.</summary>
public enum Access
{
    /// <summary>2xx.</summary>
    Ok,

    /// <summary>Passed authorization: 2xx, or 409 when an earlier role's write changed the state (workflow, version).</summary>
    Allowed,

    /// <summary>302 to /account/login (pages without sign-in).</summary>
    Login,

    /// <summary>401 (API without sign-in).</summary>
    Unauth,

    /// <summary>403: the role, or the unit named in route, query or body, is not the caller's.</summary>
    Forbid,

    /// <summary>404: the object is not visible to the caller (nothing revealed about its existence).</summary>
    NotFound,

    /// <summary>400: refused before any work (e.g. no antiforgery token, no WebSocket upgrade).</summary>
    Bad,
}

public enum MatrixKind
{
    /// <summary>A Razor page; requested with the role's cookie.</summary>
    Page,

    /// <summary>An /api/v1 endpoint; requested with the role's bearer token.</summary>
    Api,

    /// <summary>Framework and operations endpoints; requested with the role's cookie.</summary>
    Other,
}

/// <summary>The seven callers of the matrix, in the order of the expectation columns.</summary>
public enum MatrixRole
{
    Anonymous,
    TeamleitungA,
    TeamleitungB,
    Bereichsleitung,
    Geschaeftsfuehrung,
    Traeger,
    Administration,
}

/// <summary>One endpoint: its key (method + route pattern), a sample request and the expected answer per role.</summary>
public sealed record MatrixRow(MatrixKind Kind, string Key, string Request, IReadOnlyList<Access> Expected)
{
    public string? JsonBody { get; private init; }

    public string? CsvBody { get; private init; }

    public MatrixRow Json(string json) => this with { JsonBody = json };

    public MatrixRow Csv(string csv) => this with { CsvBody = csv };

    public HttpMethod Method => Request.Contains(' ') ? new HttpMethod(Request[..Request.IndexOf(' ')]) : HttpMethod.Get;

    public string Url => Request.Contains(' ') ? Request[(Request.IndexOf(' ') + 1)..] : Request;

    public override string ToString() => Key;

    public static string AccountOf(MatrixRole role) => role switch
    {
        MatrixRole.TeamleitungA => DemoAccounts.Teamleitung("VEL-MI"),
        MatrixRole.TeamleitungB => DemoAccounts.Teamleitung("HIL-LG"),
        MatrixRole.Bereichsleitung => DemoAccounts.Bereichsleitung,
        MatrixRole.Geschaeftsfuehrung => DemoAccounts.Geschaeftsfuehrung,
        MatrixRole.Traeger => DemoAccounts.Traeger,
        MatrixRole.Administration => DemoAccounts.Administration,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "anonymous has no account"),
    };
}
