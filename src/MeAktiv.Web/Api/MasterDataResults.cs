using MeAktiv.Core.Features.OrgUnits;

namespace MeAktiv.Web.Api;

/// <summary>A refused master-data change (organisation, reporting duties, indicator years) as German problem details.</summary>
internal static class MasterDataResults
{
    /// <summary>404, 403, 400 (German, per field when the validator named fields) or 409.</summary>
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
