namespace CleanBackend.Domain.Common;

/// <summary>Thrown when an operation would break an invariant of an entity; <see cref="Field"/> names what was wrong.</summary>
public sealed class DomainRuleViolationException(string field, string message) : Exception($"{field} {message}")
{
    public string Field { get; } = field;

    public string Rule { get; } = message;

    /// <summary>Throws for <paramref name="field"/> when a rule's check found a <paramref name="problem"/>.</summary>
    public static void ThrowIfBroken(string field, string? problem)
    {
        if (problem is not null)
        {
            throw new DomainRuleViolationException(field, problem);
        }
    }
}
