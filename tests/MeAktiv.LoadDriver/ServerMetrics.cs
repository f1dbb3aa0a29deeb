using System.Globalization;
using System.Text.RegularExpressions;

namespace MeAktiv.LoadDriver;

/// <summary>
/// The server's own view of the clicks: .NET 10's Blazor histograms from the app's Prometheus endpoint
/// (<c>/metrics</c>, loopback may read it), scraped before and after the clicking and subtracted, so only the clicking
/// counts. <c>aspnetcore_components_handle_event_duration_seconds</c> is the event handler (here: the switch's
/// <c>onchange</c>), <c>aspnetcore_components_render_diff_duration_seconds</c> every render's diff. Percentiles are the
/// upper bounds of the histogram buckets (the exporter's buckets: 1, 5, 10, 25, 50 ms ...).
/// </summary>
internal static partial class ServerMetrics
{
    public static Task<string> ScrapeAsync(AppServer app) => app.Http.GetStringAsync(app.BaseUrl + "/metrics");

    /// <summary>"n, mean, p50 ≤, p95 ≤, p99 ≤" of one histogram between two scrapes (series whose labels contain <paramref name="filter"/>).</summary>
    public static string Describe(string before, string after, string metric, string filter = "")
    {
        var (count, sum, buckets) = Read(after, metric, filter);
        var (count0, sum0, buckets0) = Read(before, metric, filter);
        count -= count0;
        sum -= sum0;
        if (count <= 0)
        {
            return "no samples";
        }

        string Bound(double q)
        {
            foreach (var (le, n) in buckets.OrderBy(b => b.Key))
            {
                if (n - buckets0.GetValueOrDefault(le) >= q * count)
                {
                    return double.IsPositiveInfinity(le) ? "> last bucket" : string.Create(CultureInfo.InvariantCulture, $"≤ {le * 1000:0.#} ms");
                }
            }

            return "?";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"n={count:F0}, mean {sum / count * 1000:F1} ms, p50 {Bound(0.5)}, p95 {Bound(0.95)}, p99 {Bound(0.99)}");
    }

    private static (double Count, double Sum, Dictionary<double, double> Buckets) Read(string text, string metric, string filter)
    {
        double count = 0, sum = 0;
        var buckets = new Dictionary<double, double>();
        foreach (Match m in Sample().Matches(text))
        {
            if (!m.Groups["name"].Value.StartsWith(metric, StringComparison.Ordinal) || !m.Groups["labels"].Value.Contains(filter, StringComparison.Ordinal))
            {
                continue;
            }

            var value = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
            switch (m.Groups["name"].Value[metric.Length..])
            {
                case "_count": count += value; break;
                case "_sum": sum += value; break;
                case "_bucket":
                    var le = Le().Match(m.Groups["labels"].Value).Groups[1].Value;
                    var bound = le == "+Inf" ? double.PositiveInfinity : double.Parse(le, CultureInfo.InvariantCulture);
                    buckets[bound] = buckets.GetValueOrDefault(bound) + value;
                    break;
            }
        }

        return (count, sum, buckets);
    }

    [GeneratedRegex(@"^(?<name>[a-z_]+)\{(?<labels>[^}]*)\} (?<value>[0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex Sample();

    [GeneratedRegex(@"le=""([^""]+)""")]
    private static partial Regex Le();
}
