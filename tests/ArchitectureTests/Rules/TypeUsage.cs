namespace CleanBackend.ArchitectureTests.Rules;

/// <summary><paramref name="User"/> depends on <paramref name="Used"/>; <paramref name="Location"/> says where (for the failure message).</summary>
public sealed record TypeUsage(Type User, string Location, Type Used)
{
    public override string ToString() => $"{User.FullName}: {Location} uses {Used.FullName} ({Used.Assembly.GetName().Name})";
}
