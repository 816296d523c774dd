using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Publishing.Tags.Queries.ListTags;

public sealed record ListTagsQuery : IQuery<TagListDto>;
