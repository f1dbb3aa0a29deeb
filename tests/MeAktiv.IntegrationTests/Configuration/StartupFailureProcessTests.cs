using System.Diagnostics;
using System.Text;

namespace MeAktiv.IntegrationTests.Configuration;

/// <summary>
/// The real built app as a process (<c>dotnet MeAktiv.Web.dll</c>): with a missing or wrong database setting it
/// stops at once with a non-zero exit code and the German message on the console, instead of starting half-way.
/// </summary>
public sealed class StartupFailureProcessTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("ConnectionStrings__MeAktiv", "", "'ConnectionStrings:MeAktiv'")]
    [InlineData("Database__Provider", "Oracle", "'Database:Provider'")]
    public async Task App_exits_non_zero_with_the_message_naming_the_setting(string variable, string value, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        var app = WebAppDll();
        var workDir = Directory.CreateTempSubdirectory("meaktiv-start-");
        try
        {
            // The dotnet CLI tells its child processes where it lives; fall back to PATH when started otherwise.
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                WorkingDirectory = workDir.FullName, // content root: no appsettings.json, nothing written into bin/
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(app);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add("http://127.0.0.1:0");
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["Database__Provider"] = "Sqlite";
            start.Environment["ConnectionStrings__MeAktiv"] = $"Data Source={Path.Combine(workDir.FullName, "never.db")}";
            start.Environment[variable] = value;

            using var process = Process.Start(start).ShouldNotBeNull();
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new ShouldAssertException($"the app did not stop within {Limit.TotalSeconds} s:\n{await stdout}{await stderr}");
            }

            var output = await stdout + await stderr;
            process.ExitCode.ShouldNotBe(0, output);
            output.ShouldContain(expected, customMessage: output);
            output.ShouldContain("ME-aktiv kann nicht starten", customMessage: output);
            File.Exists(Path.Combine(workDir.FullName, "never.db")).ShouldBeFalse("nothing may be created on a wrong setting");
        }
        finally
        {
            workDir.Delete(recursive: true);
        }
    }

    /// <summary>
    /// MeAktiv.Web.dll as the build put it next to these tests (a referenced Exe comes with its runtimeconfig.json,
    /// so <c>dotnet MeAktiv.Web.dll</c> runs it from here).
    /// </summary>
    private static string WebAppDll()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MeAktiv.Web.dll");
        File.Exists(dll).ShouldBeTrue($"{dll} is missing");
        File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")).ShouldBeTrue(
            $"{Path.ChangeExtension(dll, ".runtimeconfig.json")} is missing: 'dotnet MeAktiv.Web.dll' cannot run without it");
        return dll;
    }
}
