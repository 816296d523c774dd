using AutoMapper;
using AutoMapper.Internal;

namespace CleanBackend.Application.UnitTests.Mapping;

/// <summary>ADR 6: no map of the configuration can recurse without MaxDepth, and the check finds one that could.</summary>
public class RecursionGuardTests
{
    [Test]
    public void ApplicationMaps_HaveNoSelfReferencingMapWithoutMaxDepth()
    {
        var configuration = DependencyInjection.CreateMapperConfiguration();

        Assert.That(configuration.Internal().GetAllTypeMaps(), Is.Not.Empty, "the check should see the maps at all");
        Assert.That(SelfReferencingMaps.WithoutMaxDepth(configuration), Is.Empty);
    }

    [Test]
    public void WithoutMaxDepth_ATreeMapWithoutMaxDepth_IsReported()
    {
        var configuration = new MapperConfiguration(
            maps => maps.CreateMap<Node, NodeDto>());

        Assert.That(SelfReferencingMaps.WithoutMaxDepth(configuration), Is.EqualTo(new[] { "Node -> NodeDto" }));
    }

    [Test]
    public void WithoutMaxDepth_ATreeMapWithMaxDepth_IsNotReported()
    {
        var configuration = new MapperConfiguration(
            maps => maps.CreateMap<Node, NodeDto>().MaxDepth(4));

        Assert.That(SelfReferencingMaps.WithoutMaxDepth(configuration), Is.Empty);
    }

    [Test]
    public void Map_ToARecordDto_CopiesTheMembers()
    {
        var mapper = new MapperConfiguration(maps => maps.CreateMap<Node, NodeRecord>()).CreateMapper();

        var dto = mapper.Map<NodeRecord>(new Node { Name = "root" });

        Assert.That(dto, Is.EqualTo(new NodeRecord { Name = "root" }));
    }

    public sealed class Node
    {
        public string Name { get; init; } = string.Empty;

        public List<Node> Children { get; init; } = [];
    }

    public sealed class NodeDto
    {
        public string Name { get; init; } = string.Empty;

        public List<NodeDto> Children { get; init; } = [];
    }

    public sealed record NodeRecord
    {
        public string Name { get; init; } = string.Empty;
    }
}
