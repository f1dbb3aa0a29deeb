namespace MeAktiv.LoadDriver;

internal static class SaversCommand
{
    public static Task<int> RunAsync(Options o) => Task.FromResult(1);
}
