namespace MeAktiv.Core.Security;

/// <summary>
/// The <see cref="UserScope"/> of each user and set of roles, kept with the <see cref="Domain.DataStamp.Reference"/>
/// value it was built at: the units' tree, the users' assigned units and their names all set that stamp anew when
/// they change (<see cref="Data.ReferenceStampInterceptor"/>), and the roles are part of the key (they come from the
/// signed-in principal). Bounded: when full it starts again.
/// </summary>
public sealed class UserScopeCache
{
    private const int MaxUsers = 1_000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long Stamp, UserScope Scope)> _scopes = new(StringComparer.Ordinal);

    /// <summary>The key of a user name and its roles.</summary>
    public static string KeyOf(string userName, IReadOnlySet<string> roles) =>
        userName + "\n" + string.Join("\n", roles.Order(StringComparer.Ordinal));

    public UserScope? Get(string key, long stamp)
    {
        lock (_gate)
        {
            return _scopes.TryGetValue(key, out var e) && e.Stamp == stamp ? e.Scope : null;
        }
    }

    public void Put(string key, long stamp, UserScope scope)
    {
        lock (_gate)
        {
            if (_scopes.Count >= MaxUsers)
            {
                _scopes.Clear();
            }

            _scopes[key] = (stamp, scope);
        }
    }
}
