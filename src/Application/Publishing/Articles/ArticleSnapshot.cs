namespace CleanBackend.Application.Publishing.Articles;

/// <summary>
/// An article as an anonymous reader sees it, with the ids needed to add a viewer's favorited and
/// following flags: what the cache holds.
/// </summary>
public sealed record ArticleSnapshot(Guid Id, Guid AuthorId, ArticleDto Article);
