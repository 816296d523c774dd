namespace CleanBackend.Application.Identity.Abstractions;

/// <summary>A random secret for the client and the hash that is stored in its place.</summary>
public sealed record HashedSecret(string Value, string Hash);
