using MeAktiv.Core.Features.Import;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// An import killed midway (its CancellationToken cancelled while it writes) leaves the database as it was: values,
/// versions and audit history. The Core import service is called directly from the app's services, as the import
/// page does.
/// </summary>
public sealed class ImportCancellationTests(CancellingAppFactory app) : IClassFixture<CancellingAppFactory>
{
    [Fact]
    public async Task An_import_cancelled_after_a_whole_chunk_was_written_leaves_the_database_unchanged()
    {
        var file = ImportFiles.CsvLines(await ValidRows.GenerateAsync(app.DatabasePath, 12_000,
            u => u.StartsWith("VEL", StringComparison.Ordinal) || u.StartsWith("HIL", StringComparison.Ordinal) || u == "JC"));
        var before = await FigureState.ReadAsync(app);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        app.Interceptor.Arm(cancel, atInsert: 7_500); // 7.500 rows are written in the import's transaction (not committed)
        try
        {
            await Should.ThrowAsync<OperationCanceledException>(() => app.ImportAsGfAsync(file, cancel.Token));
        }
        finally
        {
            app.Interceptor.Disarm();
        }

        // The token is checked between statements: the statement with the 7.500th row finishes (up to 32 rows a statement).
        app.Interceptor.Inserts.ShouldBeInRange(7_500, 7_500 + MeAktiv.Core.Data.BulkStatements.RowsPerStatement - 1);
        (await FigureState.ReadAsync(app)).ShouldBe(before);

        // Nothing was left locked or half-open: the same file imports completely afterwards.
        var result = await app.ImportAsGfAsync(file, TestContext.Current.CancellationToken);
        (result.Status, result.New).ShouldBe((ImportStatus.Ok, 12_000));
        (await FigureState.ReadAsync(app)).Figures.ShouldBe(before.Figures + 12_000);
    }

    [Theory]
    [InlineData("MET", 30)]
    [InlineData("LAN", 300)]
    [InlineData("RAT", 1_500)]
    public async Task An_import_cancelled_at_any_moment_stores_all_rows_or_none(string site, int afterMs)
    {
        var lines = await ValidRows.GenerateAsync(app.DatabasePath, 6_000, u => u.StartsWith(site, StringComparison.Ordinal));
        var before = await FigureState.ReadAsync(app);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(afterMs);

        ImportResult? result = null;
        try
        {
            result = await app.ImportAsGfAsync(ImportFiles.CsvLines(lines), cancel.Token);
        }
        catch (OperationCanceledException)
        {
            // cancelled: checked below
        }

        var after = await FigureState.ReadAsync(app);
        if (result is null)
        {
            after.ShouldBe(before);
        }
        else
        {
            result.Status.ShouldBe(ImportStatus.Ok);
            after.Figures.ShouldBe(before.Figures + lines.Count);
            after.AuditEntries.ShouldBe(before.AuditEntries + lines.Count);
        }
    }
}
