using MeAktiv.Core.Features.OrgUnits;

namespace MeAktiv.Web.Api;

/// <summary>The API answer of a master-data change (organisation, Meldepflichten, Kennzahlen je Jahr, Termine).</summary>
public static class MasterDataResults
{
    /// <summary>200 (201 at <paramref name="createdAt"/> + key) with the key and new version; otherwise <see cref="Refused"/>.</summary>
    public static IResult ToResult(MasterDataResult result, string? createdAt = null)
    {
        if (!result.Ok)
        {
            return Refused(result);
        }

        var body = new { code = result.Key, version = result.Version };
        return createdAt is null ? Results.Ok(body) : Results.Created(createdAt + result.Key, body);
    }

    /// <summary>A refused change: 404, 403, 400 (German, per field when the validator named fields) or 409.</summary>
    public static IResult Refused(MasterDataResult result)
    {
        var status = result.Failure switch
        {
            MasterDataFailure.NotFound => 404,
            MasterDataFailure.Forbidden => 403,
            MasterDataFailure.Invalid => 400,
            _ => 409,
        };
        return result.FieldErrors is { Count: > 0 } errors
            ? Results.ValidationProblem(errors.ToDictionary(), detail: result.Error, statusCode: status)
            : Results.Problem(statusCode: status, detail: result.Error);
    }
}
