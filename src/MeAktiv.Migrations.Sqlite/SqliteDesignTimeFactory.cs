using MeAktiv.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MeAktiv.Migrations.Sqlite;

/// <summary>Used by <c>dotnet ef</c> only: the SQLite model for generating this project's migrations.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlite("Data Source=design-time.db", x => x.MigrationsAssembly(typeof(SqliteDesignTimeFactory).Assembly.GetName().Name))
        .Options);
}
