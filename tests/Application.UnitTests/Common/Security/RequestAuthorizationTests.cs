using System.Reflection;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Articles.Commands.CreateArticle;
using CleanBackend.Application.Publishing.Articles.Commands.DeleteArticle;
using CleanBackend.Application.Publishing.Articles.Commands.Favorites;
using CleanBackend.Application.Publishing.Articles.Commands.UpdateArticle;
using CleanBackend.Application.Publishing.Articles.Queries.GetArticle;
using CleanBackend.Application.Publishing.Articles.Queries.GetFeed;
using CleanBackend.Application.Publishing.Articles.Queries.ListArticles;
using CleanBackend.Application.Publishing.Comments.Commands.AddComment;
using CleanBackend.Application.Publishing.Comments.Commands.DeleteComment;
using CleanBackend.Application.Publishing.Comments.Queries.ListComments;
using CleanBackend.Application.Publishing.Moderation.Commands.RemoveArticle;
using CleanBackend.Application.Publishing.Moderation.Commands.RemoveComment;
using CleanBackend.Application.Publishing.Tags.Queries.ListTags;
using CleanBackend.Application.Social.Profiles.Commands.Following;
using CleanBackend.Application.Social.Profiles.Queries.GetProfile;
using MediatR;

namespace CleanBackend.Application.UnitTests.Common.Security;

/// <summary>Which Publishing and Social requests need a signed-in caller: the table the Conduit API's auth column describes.</summary>
public class RequestAuthorizationTests
{
    private static readonly Type[] CallerRequired =
    [
        typeof(CreateArticleCommand),
        typeof(UpdateArticleCommand),
        typeof(DeleteArticleCommand),
        typeof(FavoriteArticleCommand),
        typeof(UnfavoriteArticleCommand),
        typeof(AddCommentCommand),
        typeof(DeleteCommentCommand),
        typeof(FollowProfileCommand),
        typeof(UnfollowProfileCommand),
        typeof(GetFeedQuery),
    ];

    private static readonly Type[] AnonymousReadable =
    [
        typeof(GetArticleQuery),
        typeof(ListArticlesQuery),
        typeof(ListCommentsQuery),
        typeof(GetProfileQuery),
        typeof(ListTagsQuery),
    ];

    /// <summary>Moderation needs a permission, not just a caller; AdminRequestPermissionTests checks which.</summary>
    private static readonly Type[] PermissionRequired =
    [
        typeof(RemoveArticleCommand),
        typeof(RemoveCommentCommand),
    ];

    [TestCaseSource(nameof(CallerRequired))]
    public void Request_ThatNeedsACaller_IsAuthorizedForAnySignedInUser(Type requestType)
    {
        var attributes = requestType.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ToList();

        // Roles would lock out ordinary users; moderators' extra rights are decided by the handlers.
        Assert.That(attributes.Select(attribute => attribute.Roles), Is.EqualTo(new[] { string.Empty }));
    }

    [TestCaseSource(nameof(AnonymousReadable))]
    public void Request_ThatAnonymousCallersMayRead_HasNoAuthorize(Type requestType)
    {
        Assert.That(requestType.GetCustomAttributes<AuthorizeAttribute>(inherit: true), Is.Empty);
    }

    [Test]
    public void EveryPublishingAndSocialRequest_IsInTheTable()
    {
        var requestTypes = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false }
                && (type.Namespace?.StartsWith("CleanBackend.Application.Publishing.", StringComparison.Ordinal) == true
                    || type.Namespace?.StartsWith("CleanBackend.Application.Social.", StringComparison.Ordinal) == true)
                && type.GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IRequest<>)));

        Assert.That(requestTypes, Is.EquivalentTo(CallerRequired.Concat(AnonymousReadable).Concat(PermissionRequired)));
    }
}
