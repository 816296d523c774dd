using System.Text.Json;
using CleanBackend.Application.Common.Models;
using MediatR;

namespace CleanBackend.Application.UnitTests.Common.Behaviours.Requests;

/// <summary>Every shape of text a request can carry.</summary>
public sealed record TextRequest : IRequest<string>
{
    public string? Slug { get; init; }

    public Optional<string?> Bio { get; init; }

    public Optional<IReadOnlyList<string?>?> TagList { get; init; }

    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    public JsonElement? Metadata { get; init; }

    [ContainsJson]
    public string? MetadataFilter { get; init; }

    public ValidatedArticle Article { get; init; } = new();

    public Guid Id { get; init; }
}
