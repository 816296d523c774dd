namespace CleanBackend.WebApi.Controllers.Admin;

/// <summary>The wrapper <c>{"stats": …}</c>.</summary>
public sealed record StatsEnvelope<T>
{
    public T? Stats { get; init; }
}
