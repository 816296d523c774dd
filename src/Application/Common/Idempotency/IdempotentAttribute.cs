namespace CleanBackend.Application.Common.Idempotency;

/// <summary>
/// Marks a command that creates something as safe to retry with an <c>Idempotency-Key</c>: the first result is
/// stored with the key, in the command's own transaction, and a repeat with the same key and the same request gets
/// that result again instead of a second execution (see <see cref="IdempotencyBehaviour{TRequest, TResponse}"/>).
/// Only for commands whose result holds no secret, since it is kept for the retention period.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class IdempotentAttribute : Attribute
{
}
