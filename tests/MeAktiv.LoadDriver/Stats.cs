using System.Globalization;

namespace MeAktiv.LoadDriver;

/// <summary>Percentiles (nearest rank) and the load average printed beside every figure.</summary>
internal static class Stats
{
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static string Summary(IReadOnlyList<double> ms) => string.Create(CultureInfo.InvariantCulture,
        $"n={ms.Count} median={Percentile(ms, 50):F1} p90={Percentile(ms, 90):F1} p95={Percentile(ms, 95):F1} " +
        $"p99={Percentile(ms, 99):F1} min={(ms.Count > 0 ? ms.Min() : double.NaN):F1} max={(ms.Count > 0 ? ms.Max() : double.NaN):F1} ms");

    /// <summary>The 1/5/15-minute load averages of /proc/loadavg (the machine has 2 cores, shared).</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? "load " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load ?";

    public static void Report(string label, string text) =>
        Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {label}: {text} ({Load()})");
}
