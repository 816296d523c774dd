using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Contracts;
using AutoMapper;
using CleanBackend.Domain.Common;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.UnsubscribeFromNewsletter;

public sealed class UnsubscribeFromNewsletterCommandHandler(
    IUserRepository users,
    INewsletterUnsubscribeTokens tokens,
    IMapper mapper,
    TimeProvider clock) : IRequestHandler<UnsubscribeFromNewsletterCommand, NewsletterSubscriptionDto>
{
    public async Task<NewsletterSubscriptionDto> Handle(UnsubscribeFromNewsletterCommand request, CancellationToken cancellationToken)
    {
        if (!tokens.TryRead(request.Token, out var userId))
        {
            throw RequestValidationException.For("token", ValidationMessages.Invalid);
        }

        var user = await users.FindByIdAsync(userId, cancellationToken) ?? throw new NotFoundException("user");
        user.ChangeNewsletterSubscription(false, clock.GetUtcNow());
        return mapper.Map<NewsletterSubscriptionDto>(user);
    }
}
