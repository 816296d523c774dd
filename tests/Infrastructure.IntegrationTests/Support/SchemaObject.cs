namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>
/// One table, column, index or constraint: <see cref="Kind"/> and <see cref="Name"/> say which object it is,
/// <see cref="Definition"/> everything compared about it.
/// </summary>
internal sealed record SchemaObject(string Kind, string Name, string Definition)
{
    public override string ToString() => $"{Kind} {Name}: {Definition}";
}
