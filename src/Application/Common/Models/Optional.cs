namespace CleanBackend.Application.Common.Models;

/// <summary>
/// A value that may be absent, distinct from a value that is present and null: partial updates
/// need to tell "leave the field alone" from "set the field to null".
/// </summary>
public readonly record struct Optional<T> : IOptional
{
    private readonly T _value;

    public Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    public bool HasValue { get; }

    /// <summary>The value when present; the type's default when absent (check <see cref="HasValue"/> first).</summary>
    public T Value => _value;

    object? IOptional.BoxedValue => _value;

    public static implicit operator Optional<T>(T value) => new(value);
}
