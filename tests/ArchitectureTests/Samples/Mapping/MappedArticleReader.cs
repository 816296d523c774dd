using AutoMapper;

namespace CleanBackend.ArchitectureTests.Samples.Mapping;

/// <summary>A read outside the users slice that maps with AutoMapper instead of a hand projection.</summary>
public sealed class MappedArticleReader(IMapper mapper)
{
    public string Title(object article) => mapper.Map<string>(article);
}
