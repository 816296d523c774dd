using MediatR;

namespace CleanBackend.Application.UnitTests.Common.Behaviours.Requests;

public sealed class ValidatedRequest : IRequest<string>
{
    public string? Email { get; init; }

    public string? Username { get; init; }

    public string? Bio { get; init; }

    public ValidatedArticle Article { get; init; } = new();
}
