namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>What a client holds after registering or logging in; <see cref="RefreshToken"/> only comes from login and refresh.</summary>
public sealed record UserSession(TestAccount Account, string AccessToken, string? RefreshToken);
