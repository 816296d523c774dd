namespace CleanBackend.Application.Common.Models;

/// <summary><see cref="Optional{T}"/> seen without its type argument, for code that walks any request.</summary>
internal interface IOptional
{
    bool HasValue { get; }

    object? BoxedValue { get; }
}
