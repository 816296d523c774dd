namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>The mailed-link flows: asking for and confirming a password reset, confirming an e-mail address.</summary>
public sealed partial class ConduitApiClient
{
    public Task<ApiResponse> RequestPasswordResetAsync(string? email) =>
        PostJsonAsync("/api/users/password-reset", new { user = new { email } });

    public Task<ApiResponse> ConfirmPasswordResetAsync(string? token, string? password) =>
        PostJsonAsync("/api/users/password-reset/confirm", new { token, password });

    public Task<ApiResponse> ConfirmEmailVerificationAsync(string? token) =>
        PostJsonAsync("/api/users/email-verification/confirm", new { token });
}
