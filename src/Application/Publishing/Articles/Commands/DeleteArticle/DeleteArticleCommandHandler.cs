using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Commands.DeleteArticle;

public sealed class DeleteArticleCommandHandler(IArticleRepository articles, ICurrentUser currentUser)
    : IRequestHandler<DeleteArticleCommand, Unit>
{
    public async Task<Unit> Handle(DeleteArticleCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var article = await articles.FindBySlugAsync(request.Slug, cancellationToken) ?? throw new NotFoundException("article");
        if (!article.IsAuthoredBy(userId))
        {
            throw new ForbiddenException("article");
        }

        articles.Remove(article);
        return Unit.Value;
    }
}
