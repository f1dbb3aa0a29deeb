namespace MeAktiv.Core.Domain;

/// <summary>One of the ten cities of Kreis Mettmann: a dimension of its own for "stadtscharf" reports.</summary>
public sealed class City
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }
}

/// <summary>A Geschäftsstelle serves a city during a period (this changes over time).</summary>
public sealed class OrgUnitCity
{
    public int Id { get; set; }

    public int OrgUnitId { get; set; }

    public int CityId { get; set; }

    public City? City { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
