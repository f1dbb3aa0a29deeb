using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace MeAktiv.Benchmarks;

/// <summary>
/// One job for all benchmarks: one launch, 3 warm-up and 15 measured iterations (between BenchmarkDotNet's ShortRun,
/// 3 + 3, and its default, up to 100). The whole run takes a few minutes. Median and Min are shown beside the mean:
/// on a shared 2-core machine other processes inflate single iterations, and the median and minimum show that.
/// </summary>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithId("Dashboard"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min);
    }
}
