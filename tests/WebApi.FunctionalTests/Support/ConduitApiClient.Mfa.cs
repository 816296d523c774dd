namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>The TOTP second factor: enrolment, the login challenge, disabling.</summary>
public sealed partial class ConduitApiClient
{
    /// <summary>POST /api/user/mfa/enrolment, or its twin under /api/admin/mfa.</summary>
    public Task<ApiResponse> StartMfaEnrolmentAsync(string? token, string under = "/api/user") =>
        SendAsync(HttpMethod.Post, $"{under}/mfa/enrolment", token);

    public Task<ApiResponse> ConfirmMfaEnrolmentAsync(string? token, string? code, string under = "/api/user") =>
        SendAsync(HttpMethod.Post, $"{under}/mfa/enrolment/confirm", token, new { code });

    public Task<ApiResponse> DisableMfaAsync(string? token, string? code) =>
        SendAsync(HttpMethod.Delete, "/api/user/mfa", token, new { code });

    public Task<ApiResponse> CompleteMfaLoginAsync(string? mfaToken, string? code) =>
        PostJsonAsync("/api/users/login/mfa", new { mfaToken, code });

    /// <summary>Logs in with the password, fails the test unless the answer is the MFA challenge, and returns its token.</summary>
    public async Task<string> LoginForMfaTokenAsync(TestAccount account)
    {
        var challenge = (await LoginAsync(account.Email, account.Password)).ShouldHaveStatus(System.Net.HttpStatusCode.Unauthorized);
        return challenge.Json.String("mfaToken");
    }
}
