using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Publishing.Articles.Queries.GetArticle;

public sealed record GetArticleQuery(string Slug) : IQuery<ArticleDto>;
