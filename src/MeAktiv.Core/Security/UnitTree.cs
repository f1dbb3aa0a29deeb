using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Security;

/// <summary>Navigation over the organisation tree held in memory (a few dozen units).</summary>
public sealed class UnitTree
{
    private readonly Dictionary<int, UnitNode> _byId;
    private readonly ILookup<int?, UnitNode> _children;

    public UnitTree(IEnumerable<UnitNode> units)
    {
        var list = units.ToList();
        _byId = list.ToDictionary(u => u.Id);
        _children = list.ToLookup(u => u.ParentId);
    }

    /// <summary>
    /// A fingerprint of the tree's shape (every unit id with its parent id, FNV-1a over the sorted pairs): equal for
    /// equal trees, so data derived from one tree can be reused for it and not for a changed one.
    /// </summary>
    public long Signature => _signature ??= ComputeSignature();

    private long? _signature;

    private long ComputeSignature()
    {
        var hash = unchecked((long)14695981039346656037UL);
        foreach (var unit in _byId.Values.OrderBy(u => u.Id))
        {
            foreach (var part in (ReadOnlySpan<int>)[unit.Id, unit.ParentId ?? -1])
            {
                hash = unchecked((hash ^ part) * 1099511628211L);
            }
        }

        return hash;
    }

    /// <summary>Every unit's id.</summary>
    public IEnumerable<int> Ids => _byId.Keys;

    public OrgUnitKind? KindOf(int id) => _byId.TryGetValue(id, out var u) ? u.Kind : null;

    /// <summary>The unit itself and every unit below it.</summary>
    public IEnumerable<int> SubtreeOf(int id)
    {
        if (!_byId.ContainsKey(id))
        {
            yield break;
        }

        var stack = new Stack<int>([id]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in _children[current])
            {
                stack.Push(child.Id);
            }
        }
    }

    /// <summary>The parents of the unit up to the root (not the unit itself).</summary>
    public IEnumerable<int> AncestorsOf(int id)
    {
        var current = _byId.GetValueOrDefault(id)?.ParentId;
        while (current is { } parent && _byId.TryGetValue(parent, out var node))
        {
            yield return parent;
            current = node.ParentId;
        }
    }
}
