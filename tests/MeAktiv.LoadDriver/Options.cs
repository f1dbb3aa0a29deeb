using System.Globalization;

namespace MeAktiv.LoadDriver;

/// <summary>A measurement cannot run (missing preparation, server did not start, ...).</summary>
internal sealed class DriverException(string message) : Exception(message);

/// <summary><c>--name value</c> pairs of the command line, with defaults.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                values[name] = "true";
            }
            else if (name is not null)
            {
                values[name] = arg;
                name = null;
            }
        }

        return new Options(values);
    }

    /// <summary>A copy with one value set (e.g. another default page for the bare app).</summary>
    public Options With(string name, string value) =>
        new(new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase) { [name] = value });

    public string Get(string name, string fallback) => values.TryGetValue(name, out var v) ? v : fallback;

    public int Int(string name, int fallback) =>
        values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) =>
        values.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    /// <summary>Folder of the prepared apps and database (<c>prepare</c> writes it, the others read it).</summary>
    public string Work => Get("work", Path.Combine(Path.GetTempPath(), "perf-load"));

    /// <summary>The published ME-aktiv (default WORK/web, where <c>prepare</c> publishes it).</summary>
    public string Web => Get("web", Path.Combine(Work, "web"));

    public string ServerCpu => Get("server-cpu", "0");

    public string Email => Get("email", "gf@me-aktiv.example");

    public string Password => Get("password", "Demo!2015");

    /// <summary>The page measured and its markers; the dashboard, once merged, is e.g. <c>--path /uebersicht</c>.</summary>
    public string PagePath => Get("path", "/");

    public string RenderedMarker => Get("rendered", "h1");

    public string InteractiveMarker => Get("interactive", "[data-testid=interactive]");
}
