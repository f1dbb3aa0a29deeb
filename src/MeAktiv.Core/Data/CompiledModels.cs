using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MeAktiv.Core.Data;

/// <summary>
/// The compiled model (<c>dotnet ef dbcontext optimize</c>, docs/database.md) of <see cref="AppDbContext"/> that a
/// provider's migrations assembly carries, found by EF's own <see cref="DbContextModelAttribute"/>: the first context
/// then skips building the model at run time (about a second of the first start, issue 23). Only the SQLite assembly
/// has one; without one (SQL Server) EF builds the model as before. Migrations and the pending-model check keep
/// using the model EF builds (EF's design-time model). <c>CompiledModelTests</c> fail when the compiled model lags
/// behind the configuration.
/// </summary>
public static class CompiledModels
{
    private static readonly ConcurrentDictionary<string, IModel?> Models = new(StringComparer.Ordinal);

    /// <summary>The compiled model in <paramref name="migrationsAssembly"/>, or null if it has none (loaded once).</summary>
    public static IModel? Of(string migrationsAssembly) => Models.GetOrAdd(migrationsAssembly, static name =>
    {
        var attribute = Assembly.Load(name).GetCustomAttributes<DbContextModelAttribute>()
            .SingleOrDefault(a => a.ContextType == typeof(AppDbContext));
        return attribute?.ModelType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IModel;
    });
}
