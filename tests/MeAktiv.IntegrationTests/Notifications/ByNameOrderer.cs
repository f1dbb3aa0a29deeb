using Xunit.Sdk;
using Xunit.v3;

namespace MeAktiv.IntegrationTests.Notifications;

/// <summary>Runs a class's tests in the order of their names (A1, A2, B1, …): the steps of one story on one database.</summary>
public sealed class ByNameOrderer : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase =>
        testCases.OrderBy(t => t.TestMethod?.MethodName, StringComparer.Ordinal).ToList();
}
