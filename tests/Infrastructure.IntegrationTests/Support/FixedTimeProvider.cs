namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>A clock that always reads <paramref name="now"/>, so token times can be asserted exactly.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
