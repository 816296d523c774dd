using AutoMapper;

namespace CleanBackend.Application.UnitTests.Support;

internal static class TestMapper
{
    // Building the configuration compiles every map, so the tests share one.
    public static IMapper Instance { get; } = DependencyInjection.CreateMapperConfiguration().CreateMapper();
}
