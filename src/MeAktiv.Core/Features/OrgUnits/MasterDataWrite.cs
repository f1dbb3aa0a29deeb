using FluentValidation;
using MeAktiv.Core.Data;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.OrgUnits;

/// <summary>The frame of every master-data change: rights, input validation, then the change in one transaction (inside
/// the provider's execution strategy) that commits only when it succeeded.</summary>
internal static class MasterDataWrite
{
    public static async Task<MasterDataResult> RunAsync<T>(UserScope scope, IValidator<T> validator, T input, AppDbContext db,
        Func<Task<MasterDataResult>> change, CancellationToken ct)
    {
        if (!MasterDataRights.CanMaintain(scope))
        {
            return MasterDataResult.Forbidden();
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return MasterDataResult.Invalid(validation);
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await change();
            if (result.Ok)
            {
                await transaction.CommitAsync(ct);
            }

            return result;
        });
    }
}
