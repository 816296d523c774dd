namespace CleanBackend.Application.Identity.Abstractions;

public sealed record RefreshTokenSecret(string Value, string Hash);
