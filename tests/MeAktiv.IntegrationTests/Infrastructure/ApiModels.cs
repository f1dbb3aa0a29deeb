namespace MeAktiv.IntegrationTests.Infrastructure;

/// <summary>The parts of the API's JSON the tests read (docs/api.md); other fields are ignored.</summary>
public sealed record OrgUnitResponse(string Code, string Name, string Kind, string? ParentCode, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record TargetResponse(string Unit, string Indicator, int Year, decimal? Value, string Status, int Version);

public sealed record IndicatorResponse(string Code, string Name, string Unit, string Direction, IReadOnlyList<ComponentResponse> Components);

public sealed record ComponentResponse(string Code, string Name, string Unit);
