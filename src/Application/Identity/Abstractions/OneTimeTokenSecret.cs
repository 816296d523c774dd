namespace CleanBackend.Application.Identity.Abstractions;

public sealed record OneTimeTokenSecret(string Value, string Hash);
