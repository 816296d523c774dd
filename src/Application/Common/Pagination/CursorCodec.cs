using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CleanBackend.Application.Common.Pagination;

/// <summary>
/// Frames a cursor's bytes as opaque, URL-safe text with a version and a checksum, so that a cursor
/// edited by hand or cut short is recognised as invalid (and answered with 422) instead of seeking
/// somewhere arbitrary. The checksum covers the purpose, so one list's cursor is no good for another.
/// It is an integrity check, not a secret: a cursor says nothing the page did not already show.
/// </summary>
internal static class CursorCodec
{
    private const byte Version = 1;
    private const int ChecksumLength = 4;
    private const int MaxEncodedLength = 256;

    public static string Encode(string purpose, ReadOnlySpan<byte> payload)
    {
        var framed = new byte[1 + payload.Length + ChecksumLength];
        framed[0] = Version;
        payload.CopyTo(framed.AsSpan(1));
        Checksum(purpose, framed.AsSpan(0, 1 + payload.Length)).CopyTo(framed.AsSpan(1 + payload.Length));
        return Base64Url.EncodeToString(framed);
    }

    public static bool TryDecode(string purpose, string? text, out byte[] payload)
    {
        payload = [];
        if (string.IsNullOrEmpty(text) || text.Length > MaxEncodedLength || !Base64Url.IsValid(text))
        {
            return false;
        }

        var framed = Base64Url.DecodeFromChars(text);
        if (framed.Length < 1 + ChecksumLength || framed[0] != Version)
        {
            return false;
        }

        var body = framed.AsSpan(0, framed.Length - ChecksumLength);
        if (!Checksum(purpose, body).AsSpan().SequenceEqual(framed.AsSpan(framed.Length - ChecksumLength)))
        {
            return false;
        }

        payload = body[1..].ToArray();
        return true;
    }

    private static byte[] Checksum(string purpose, ReadOnlySpan<byte> body)
    {
        var purposeBytes = Encoding.UTF8.GetBytes(purpose);
        var input = new byte[purposeBytes.Length + body.Length];
        purposeBytes.CopyTo(input, 0);
        body.CopyTo(input.AsSpan(purposeBytes.Length));
        return SHA256.HashData(input)[..ChecksumLength];
    }
}
