using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Application.Notifications.Newsletters;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>
/// A token is base64url(version, user id, HMAC-SHA256 tag). The tag covers a purpose string too, so a
/// MAC made with the same key for anything else can never pass as an unsubscribe token. 128 bits of
/// tag are plenty against guessing and keep the link short.
/// </summary>
internal sealed class NewsletterUnsubscribeTokens(IOptions<NewsletterOptions> options) : INewsletterUnsubscribeTokens
{
    private const byte Version = 1;
    private const int IdLength = 16;
    private const int TagLength = 16;
    private const int TokenLength = 1 + IdLength + TagLength;
    private const int MaxEncodedLength = 64;
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("cleanbackend:newsletter-unsubscribe:");

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.UnsubscribeSigningKey);

    public string Create(Guid userId)
    {
        var token = new byte[TokenLength];
        token[0] = Version;
        userId.TryWriteBytes(token.AsSpan(1, IdLength), bigEndian: true, out _);
        Tag(token.AsSpan(0, 1 + IdLength)).CopyTo(token.AsSpan(1 + IdLength));
        return Base64Url.EncodeToString(token);
    }

    public bool TryRead(string? token, out Guid userId)
    {
        userId = Guid.Empty;
        if (string.IsNullOrEmpty(token) || token.Length > MaxEncodedLength || !Base64Url.IsValid(token))
        {
            return false;
        }

        var bytes = Base64Url.DecodeFromChars(token);
        if (bytes.Length != TokenLength || bytes[0] != Version
            || !CryptographicOperations.FixedTimeEquals(Tag(bytes.AsSpan(0, 1 + IdLength)), bytes.AsSpan(1 + IdLength)))
        {
            return false;
        }

        userId = new Guid(bytes.AsSpan(1, IdLength), bigEndian: true);
        return true;
    }

    private byte[] Tag(ReadOnlySpan<byte> body)
    {
        var input = new byte[Purpose.Length + body.Length];
        Purpose.CopyTo(input, 0);
        body.CopyTo(input.AsSpan(Purpose.Length));
        return HMACSHA256.HashData(_key, input)[..TagLength];
    }
}
