// .editorconfig marks **/Migrations/** as generated code (nullable off there): switch it back on.
#nullable enable
using System.Globalization;
using MeAktiv.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MeAktiv.IntegrationTests.Migrations;

/// <summary>
/// The compiled SQLite model (<see cref="CompiledModels"/>, <c>src/MeAktiv.Migrations.Sqlite/CompiledModel</c>) is the
/// model EF builds from the configuration: the same tables, columns, keys, constraints and indexes, and the same entity
/// types, properties (type, converter, nullability, length, generation), keys, relationships and indexes. When one of
/// these tests fails, regenerate the compiled model as docs/database.md says.
/// </summary>
public sealed class CompiledModelTests : IAsyncLifetime
{
    private const string Regenerate = "src/MeAktiv.Migrations.Sqlite/CompiledModel lags behind the model: regenerate it (docs/database.md, 'dotnet ef dbcontext optimize')";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"meaktiv-compiled-{Guid.NewGuid():N}.db");

    [Fact]
    public void The_app_uses_the_compiled_model_for_SQLite_only()
    {
        CompiledModels.Of(DatabaseProvider.SqliteMigrationsAssembly).ShouldNotBeNull();
        CompiledModels.Of(DatabaseProvider.SqlServerMigrationsAssembly).ShouldBeNull();
        using var compiled = Context(compiledModel: true);
        compiled.Model.ShouldBeAssignableTo<RuntimeModel>();
        compiled.Model.ShouldBeSameAs(CompiledModels.Of(DatabaseProvider.SqliteMigrationsAssembly));
    }

    [Fact]
    public void The_compiled_model_has_the_tables_and_columns_of_the_built_model()
    {
        using var compiled = Context(compiledModel: true);
        using var built = Context(compiledModel: false);
        built.Model.ShouldNotBeSameAs(compiled.Model); // sanity: this one is built from the configuration

        // Both are read-optimized models (EF's model differ needs design-time data neither keeps): compared table by table.
        Tables(compiled.Model).ShouldBe(Tables(built.Model), Regenerate);
    }

    [Fact]
    public void The_compiled_model_has_the_entity_types_properties_keys_and_relationships_of_the_built_model()
    {
        using var compiled = Context(compiledModel: true);
        using var built = Context(compiledModel: false);

        Describe(compiled.Model).ShouldBe(Describe(built.Model), Regenerate);
    }

    [Fact]
    public async Task Migrations_and_the_pending_model_check_work_beside_the_compiled_model()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Context(compiledModel: true);

        (await db.Database.GetPendingMigrationsAsync(ct)).ShouldNotBeEmpty();
        await db.Database.MigrateAsync(ct);

        (await db.Database.GetPendingMigrationsAsync(ct)).ShouldBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse();
        db.OrgUnits.Add(new Core.Domain.OrgUnit { Code = "X", Name = "X" });
        await db.SaveChangesAsync(ct);
        (await db.OrgUnits.Select(u => u.Code).SingleAsync(ct)).ShouldBe("X");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    private AppDbContext Context(bool compiledModel)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={_path}", x => x.MigrationsAssembly(DatabaseProvider.SqliteMigrationsAssembly));
        if (compiledModel)
        {
            options.UseModel(CompiledModels.Of(DatabaseProvider.SqliteMigrationsAssembly)!);
        }

        return new AppDbContext(options.Options);
    }

    /// <summary>One line per entity type, property, key, foreign key, navigation and index, with what EF works with.</summary>
    private static List<string> Describe(IModel model)
    {
        var lines = new List<string>();
        foreach (var type in model.GetEntityTypes().OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var name = type.Name;
            lines.Add($"{name}: table {type.GetTableName()} base {type.BaseType?.Name} owned {type.IsOwned()} "
                      + $"complex [{string.Join(", ", type.GetComplexProperties().Select(c => c.Name))}] "
                      + $"tracking {type.GetChangeTrackingStrategy()} filter {type.GetDeclaredQueryFilters().Count}");
            lines.AddRange(type.GetProperties().Select(p =>
                $"{name}.{p.Name}: {p.ClrType.Name} column {p.GetColumnName()} {p.GetColumnType()} null {p.IsNullable} "
                + $"max {p.GetMaxLength()} precision {p.GetPrecision()},{p.GetScale()} unicode {p.IsUnicode()} "
                + $"converter {p.GetValueConverter()?.GetType().Name} provider {p.GetProviderClrType()?.Name} "
                + $"generated {p.ValueGenerated} concurrency {p.IsConcurrencyToken} shadow {p.IsShadowProperty()} "
                + $"default {Convert.ToString(p.GetDefaultValue(), CultureInfo.InvariantCulture)} sql {p.GetDefaultValueSql()} computed {p.GetComputedColumnSql()} "
                + $"field {p.FieldInfo?.Name} access {p.GetPropertyAccessMode()}"));
            lines.AddRange(type.GetKeys().Select(k => $"{name} key {Names(k.Properties)} primary {k.IsPrimaryKey()}"));
            lines.AddRange(type.GetForeignKeys().Select(f =>
                $"{name} fk {Names(f.Properties)} -> {f.PrincipalEntityType.Name}{Names(f.PrincipalKey.Properties)} "
                + $"required {f.IsRequired} unique {f.IsUnique} delete {f.DeleteBehavior} ownership {f.IsOwnership}"));
            lines.AddRange(type.GetNavigations().Select(n =>
                $"{name} nav {n.Name} -> {n.TargetEntityType.Name} collection {n.IsCollection} field {n.FieldInfo?.Name} eager {n.IsEagerLoaded}"));
            lines.AddRange(type.GetSkipNavigations().Select(n => $"{name} skip {n.Name} -> {n.TargetEntityType.Name}"));
            lines.AddRange(type.GetIndexes().Select(i =>
                $"{name} index {i.GetDatabaseName()} {Names(i.Properties)} unique {i.IsUnique} filter {i.GetFilter()}"));
        }

        return lines;
    }

    /// <summary>One line per table, column, key, foreign key constraint and index of the relational model.</summary>
    private static List<string> Tables(IModel model)
    {
        var lines = new List<string>();
        foreach (var table in model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            lines.Add($"table {table.Name} types [{string.Join(", ", table.EntityTypeMappings.Select(m => m.TypeBase.Name).Order(StringComparer.Ordinal))}]");
            lines.AddRange(table.Columns.Select(c => $"{table.Name}.{c.Name}: {c.StoreType} null {c.IsNullable}"));
            lines.AddRange(table.UniqueConstraints.Select(u => $"{table.Name} unique {u.Name} ({string.Join(",", u.Columns.Select(c => c.Name))}) primary {u.GetIsPrimaryKey()}"));
            lines.AddRange(table.ForeignKeyConstraints.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f =>
                $"{table.Name} fk {f.Name} ({string.Join(",", f.Columns.Select(c => c.Name))}) -> {f.PrincipalTable.Name} delete {f.OnDeleteAction}"));
            lines.AddRange(table.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i =>
                $"{table.Name} index {i.Name} ({string.Join(",", i.Columns.Select(c => c.Name))}) unique {i.IsUnique} filter {i.Filter}"));
        }

        return lines;
    }

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => "(" + string.Join(",", properties.Select(p => p.Name)) + ")";
}
