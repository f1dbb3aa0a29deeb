using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Figures;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace MeAktiv.IntegrationTests.Reliability;

/// <summary>
/// Backup and restore end to end: figures are saved, the <c>backup</c> command of the real app (a process) copies the
/// database while another client keeps saving, <c>restore</c> puts the copy in place of a new database, and the app
/// started on it holds every figure saved before the backup, with an audit history that matches the values; a token
/// issued by the old app still works (the data-protection keys travel in the database).
/// </summary>
public sealed class BackupRestoreTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    [Fact]
    public async Task A_backup_taken_while_saves_run_restores_into_a_working_app_with_every_figure_and_its_audit()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("meaktiv-backup-");
        try
        {
            var inputs = await SqliteDurabilityTests.InputsAsync(app.DatabasePath, 60, 2016);
            using var api = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
            var before = new Dictionary<string, decimal>();
            foreach (var input in inputs[..20])
            {
                var month = $"{input.Year:D4}-{input.Month:D2}";
                (await api.PutAsync($"{input.Unit}/{input.Indicator}/{input.Component}/{month}", new { value = 111 })).StatusCode.ShouldBe(HttpStatusCode.OK);
                before[FigureFile.Key(input.Unit, input.Indicator, input.Component, month)] = 111;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var saving = Task.Run(async () =>
            {
                var saved = 0;
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var input = inputs[20 + (i % 40)];
                    var current = await api.GetFromJsonAsync<JsonElement>($"/api/v1/actuals?unit={input.Unit}&year={input.Year}", CancellationToken.None);
                    var row = current.EnumerateArray().FirstOrDefault(r => r.GetProperty("month").GetString() == $"{input.Year:D4}-{input.Month:D2}"
                        && r.GetProperty("indicator").GetString() == input.Indicator && r.GetProperty("component").GetString() == input.Component);
                    var version = row.ValueKind == JsonValueKind.Object ? row.GetProperty("version").GetString() : null;
                    using var response = await api.PutAsync($"{input.Unit}/{input.Indicator}/{input.Component}/{input.Year:D4}-{input.Month:D2}",
                        new { value = 100 + (i % 30), version, confirm = true, reason = "Sicherungstest" });
                    response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(CancellationToken.None));
                    saved++;
                }

                return saved;
            }, ct);

            await Task.Delay(300, ct);
            var backup = Path.Combine(folder.FullName, "sicherung", "me-aktiv-backup.db");
            var (backupExit, backupOutput) = await AppProcess.RunCommandAsync(app.DatabasePath, "backup", backup);
            await Task.Delay(200, ct);
            await stop.CancelAsync();
            var savedMeanwhile = await saving;

            backupExit.ShouldBe(0, backupOutput);
            backupOutput.ShouldContain("Integritätsprüfung ok");
            savedMeanwhile.ShouldBeGreaterThan(0, "saves ran while the backup was taken");
            File.Exists(backup + "-wal").ShouldBeFalse("the backup is one self-contained file");

            var restored = Path.Combine(folder.FullName, "neu", "me-aktiv.db");
            var (restoreExit, restoreOutput) = await AppProcess.RunCommandAsync(restored, "restore", backup);
            restoreExit.ShouldBe(0, restoreOutput);

            (await FigureFile.IntegrityCheckAsync(restored)).ShouldBe("ok");
            var figures = await FigureFile.FiguresAsync(restored);
            foreach (var (key, value) in before)
            {
                figures[key].Value.ShouldBe(value, key);
            }

            (await FigureFile.AuditMismatchesAsync(restored)).ShouldBeEmpty();
            await using var second = new RestoredApp(restored);
            await second.InitializeAsync();
            using var oldToken = second.CreateClient();
            oldToken.DefaultRequestHeaders.Authorization = api.DefaultRequestHeaders.Authorization;
            var first = inputs[0];
            (await oldToken.ActualAsync(first.Unit, $"{first.Year:D4}-{first.Month:D2}", first.Indicator, first.Component))
                .GetProperty("value").GetDecimal().ShouldBe(111);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_and_the_database_is_left_alone()
    {
        var folder = Directory.CreateTempSubdirectory("meaktiv-restore-");
        try
        {
            var damaged = Path.Combine(folder.FullName, "kaputt.db");
            await File.WriteAllBytesAsync(damaged, [.. "SQLite format 3\0"u8, .. new byte[4096]], TestContext.Current.CancellationToken);
            var database = Path.Combine(folder.FullName, "me-aktiv.db");
            await File.WriteAllTextAsync(database, "bisher", TestContext.Current.CancellationToken);

            var (exit, output) = await AppProcess.RunCommandAsync(database, "restore", damaged);

            exit.ShouldBe(2, output);
            output.ShouldContain("restore nicht ausgeführt");
            (await File.ReadAllTextAsync(database, TestContext.Current.CancellationToken)).ShouldBe("bisher");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_stopped_database_in_WAL_mode_is_backed_up_too_and_an_existing_target_is_never_overwritten()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("meaktiv-backup-stopped-");
        try
        {
            var database = Path.Combine(folder.FullName, "me-aktiv.db");
            await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
            {
                await connection.OpenAsync(ct);
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE t(x); INSERT INTO t VALUES (42);";
                await command.ExecuteNonQueryAsync(ct);
            }

            File.Exists(database + "-shm").ShouldBeFalse("closed cleanly: no -shm, as after a stop");
            var target = Path.Combine(folder.FullName, "sicherung.db");

            (await MeAktiv.Core.Features.Operations.SqliteBackup.BackupAsync(database, target, ct)).ShouldBeGreaterThan(0);
            await Should.ThrowAsync<MeAktiv.Core.Features.Operations.OperationFailedException>(
                () => MeAktiv.Core.Features.Operations.SqliteBackup.BackupAsync(database, target, ct));
            await using var copy = new SqliteConnection($"Data Source={target};Pooling=False;Mode=ReadOnly");
            await copy.OpenAsync(ct);
            await using var read = copy.CreateCommand();
            read.CommandText = "SELECT x FROM t";
            (await read.ExecuteScalarAsync(ct)).ShouldBe(42L);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The app on the restored file (no new seed: the file is not empty).</summary>
    private sealed class RestoredApp(string database) : MeAktivAppFactory
    {
        protected override void ConfigureSettings(IWebHostBuilder builder) =>
            builder.UseSetting("ConnectionStrings:MeAktiv", $"Data Source={database}");
    }
}
