namespace MeAktiv.LoadDriver;

/// <summary>
/// The additions <c>prepare</c> makes to the generated bare Blazor app (<c>dotnet new blazor</c>): the hidden
/// interactive marker on its Counter page (the marker ME-aktiv's pages render once <c>RendererInfo.IsInteractive</c>)
/// and the same <c>GET /diagnostics/gc</c> answer as ME-aktiv's <c>GcDiagnostics</c> (heap after a forced compacting
/// full collection, open circuits; no database, so 0 commands), so <c>circuits --app floor</c> can measure its
/// per-circuit heap the same way.
/// </summary>
internal static class FloorApp
{
    public static async Task PatchAsync(string source)
    {
        var counter = Directory.GetFiles(source, "Counter.razor", SearchOption.AllDirectories).Single();
        await File.AppendAllTextAsync(counter,
            "\n@if (RendererInfo.IsInteractive)\n{\n    <span data-testid=\"interactive\" hidden></span>\n}\n");

        var program = Path.Combine(source, "Program.cs");
        var text = await File.ReadAllTextAsync(program);
        const string build = "var app = builder.Build();", run = "app.Run();";
        if (!text.Contains(build, StringComparison.Ordinal) || !text.Contains(run, StringComparison.Ordinal))
        {
            throw new DriverException($"unexpected template: '{build}' or '{run}' not found in {program}");
        }

        text = text.Replace(build, Services + build, StringComparison.Ordinal)
                   .Replace(run, Endpoint + run, StringComparison.Ordinal) + Types;
        await File.WriteAllTextAsync(program, text);
    }

    private const string Services = """
        builder.Services.AddSingleton<CircuitCount>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CountingCircuitHandler>();

        """;

    private const string Endpoint = """
        app.MapGet("/diagnostics/gc", (CircuitCount count) =>
        {
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            return Results.Ok(new { heapBytes = GC.GetTotalMemory(forceFullCollection: true), circuits = count.Open, dbCommands = 0 });
        });

        """;

    private const string Types = """

        sealed class CircuitCount
        {
            private long _open;
            public long Open => Interlocked.Read(ref _open);
            public void Add(long delta) => Interlocked.Add(ref _open, delta);
        }

        sealed class CountingCircuitHandler(CircuitCount count) : Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler
        {
            public override Task OnCircuitOpenedAsync(Microsoft.AspNetCore.Components.Server.Circuits.Circuit circuit, CancellationToken ct)
            {
                count.Add(1);
                return Task.CompletedTask;
            }

            public override Task OnCircuitClosedAsync(Microsoft.AspNetCore.Components.Server.Circuits.Circuit circuit, CancellationToken ct)
            {
                count.Add(-1);
                return Task.CompletedTask;
            }
        }

        """;
}
