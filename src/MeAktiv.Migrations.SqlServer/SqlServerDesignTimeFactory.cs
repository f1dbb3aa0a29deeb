using MeAktiv.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MeAktiv.Migrations.SqlServer;

/// <summary>Used by <c>dotnet ef</c> only: the SQL Server model (no server needed to add a migration or a script).</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlServer("Server=(local);Database=MeAktiv;Trusted_Connection=True;TrustServerCertificate=True",
            x => x.MigrationsAssembly(typeof(SqlServerDesignTimeFactory).Assembly.GetName().Name))
        .Options);
}
