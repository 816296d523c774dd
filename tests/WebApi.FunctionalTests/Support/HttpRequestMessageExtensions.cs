namespace CleanBackend.WebApi.FunctionalTests.Support;

public static class HttpRequestMessageExtensions
{
    /// <summary>
    /// Adds <c>Authorization: {scheme} {token}</c> without validation, because "Token" is not a
    /// registered scheme and tests also send deliberately broken values.
    /// </summary>
    public static HttpRequestMessage WithAuthorization(this HttpRequestMessage request, string? token, string scheme = "Token")
    {
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"{scheme} {token}");
        }

        return request;
    }
}
