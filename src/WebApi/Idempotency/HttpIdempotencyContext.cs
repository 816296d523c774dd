using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Idempotency;

namespace CleanBackend.WebApi.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> request header of the IETF httpapi draft: a structured-field string
/// (<c>"8e03978e-40d5-43e8-bc93-6894a57f9324"</c>); a bare sf-token is accepted too, as clients often send one.
/// A replayed answer carries <c>Idempotent-Replayed: true</c>.
/// </summary>
public sealed class HttpIdempotencyContext(IHttpContextAccessor httpContextAccessor) : IIdempotencyContext
{
    public const string KeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    private static readonly string KeyRule =
        $"{KeyHeader} must be one string of 1 to {IdempotencyOptions.MaxKeyLength} visible ASCII characters, such as a UUID.";

    public string? Key
    {
        get
        {
            var values = httpContextAccessor.HttpContext?.Request.Headers[KeyHeader] ?? default;
            return values.Count switch
            {
                0 => null,
                1 => Parse(values[0]) ?? throw new InvalidIdempotencyKeyException(KeyRule),
                _ => throw new InvalidIdempotencyKeyException(KeyRule),
            };
        }
    }

    public void MarkReplayed()
    {
        if (httpContextAccessor.HttpContext is { } httpContext)
        {
            httpContext.Response.Headers[ReplayedHeader] = "true";
        }
    }

    private static string? Parse(string? header)
    {
        var text = header?.Trim() ?? string.Empty;
        var key = text.Length >= 2 && text[0] == '"' && text[^1] == '"'
            ? Unquote(text[1..^1])
            : text.All(IsTokenCharacter) ? text : null;
        return key is { Length: > 0 and <= IdempotencyOptions.MaxKeyLength } && key.All(IsVisibleAscii) ? key : null;
    }

    /// <summary>The content of an sf-string: only <c>\"</c> and <c>\\</c> are escapes, and a bare quote ends it early (invalid).</summary>
    private static string? Unquote(string quoted)
    {
        var key = new System.Text.StringBuilder(quoted.Length);
        for (var index = 0; index < quoted.Length; index++)
        {
            var character = quoted[index];
            if (character == '\\')
            {
                if (++index == quoted.Length || quoted[index] is not ('"' or '\\'))
                {
                    return null;
                }

                character = quoted[index];
            }
            else if (character == '"')
            {
                return null;
            }

            key.Append(character);
        }

        return key.ToString();
    }

    private static bool IsVisibleAscii(char character) => character is >= ' ' and <= '~';

    /// <summary>A character of an sf-token (RFC 8941: tchar, ':' and '/'), so a bare key holds no space, comma or quote.</summary>
    private static bool IsTokenCharacter(char character) =>
        char.IsAsciiLetterOrDigit(character) || "!#$%&'*+-.^_`|~:/".Contains(character);
}
