using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Tags.Queries.ListTags;

public sealed class ListTagsQueryHandler(ITagReadService tags) : IRequestHandler<ListTagsQuery, TagListDto>
{
    public async Task<TagListDto> Handle(ListTagsQuery request, CancellationToken cancellationToken) =>
        new() { Tags = await tags.ListAsync(cancellationToken) };
}
