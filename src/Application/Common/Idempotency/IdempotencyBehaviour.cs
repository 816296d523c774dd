using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using MediatR;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Common.Idempotency;

/// <summary>
/// For <see cref="IdempotentAttribute"/> commands sent with a key: the first request runs and its result is stored
/// with the key in the same transaction, so either both the change and its result commit or neither does (a worker
/// killed mid-request leaves nothing behind, and the retry runs afresh). A later request with the same key and the
/// same content gets the stored result without running again; with other content it is refused (422); while the first
/// is still running, on this instance or another, it is told to retry (409). Keys belong to the caller who sent them.
/// Runs inside <c>TransactionBehaviour</c>.
/// </summary>
public sealed class IdempotencyBehaviour<TRequest, TResponse>(
    IIdempotencyContext idempotency,
    IIdempotencyStore store,
    ICurrentUser currentUser,
    IOptions<IdempotencyOptions> options,
    TimeProvider clock) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsIdempotent = typeof(TRequest).GetCustomAttribute<IdempotentAttribute>() is not null;

    private static readonly PropertyInfo[] FingerprintedProperties = typeof(TRequest)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(property => property.GetIndexParameters().Length == 0)
        .OrderBy(property => property.Name, StringComparer.Ordinal)
        .ToArray();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsIdempotent || idempotency.Key is not { } key)
        {
            return await next();
        }

        var scope = currentUser.UserId?.ToString("N") ?? "anonymous";
        if (!await store.TryTakeAsync(scope, key, cancellationToken))
        {
            throw new IdempotentRequestInProgressException();
        }

        var fingerprint = Fingerprint(request);
        var now = clock.GetUtcNow();
        if (await store.FindAsync(scope, key, now, cancellationToken) is { } stored)
        {
            if (stored.RequestFingerprint != fingerprint)
            {
                throw new IdempotencyKeyReusedException();
            }

            idempotency.MarkReplayed();
            return JsonSerializer.Deserialize<TResponse>(stored.ResultJson)!;
        }

        var result = await next();
        var resultJson = JsonSerializer.Serialize(result);
        await store.SaveAsync(scope, key, new StoredIdempotentResult(fingerprint, resultJson), now, now + options.Value.Retention, cancellationToken);
        return result;
    }

    /// <summary>
    /// The request's kind and every value it carries, hashed: each property by reflection, so values the JSON body
    /// never holds (route values such as an article's slug are <c>[JsonIgnore]</c>) count too.
    /// </summary>
    private static string Fingerprint(TRequest request)
    {
        var content = new StringBuilder(typeof(TRequest).FullName);
        foreach (var property in FingerprintedProperties)
        {
            content.Append('\n').Append(property.Name).Append('=').Append(JsonSerializer.Serialize(property.GetValue(request), property.PropertyType));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
    }
}
