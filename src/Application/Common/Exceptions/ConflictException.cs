namespace CleanBackend.Application.Common.Exceptions;

/// <summary>A value that must be unique is already used; <see cref="Fields"/> lists every such field.</summary>
public sealed class ConflictException(IReadOnlyList<string> fields) : RequestFailedException($"Already taken: {string.Join(", ", fields)}.")
{
    public const string AlreadyTaken = "has already been taken";

    public IReadOnlyList<string> Fields { get; } = fields;
}
