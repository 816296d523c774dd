using AutoMapper;
using AutoMapper.Internal;

namespace CleanBackend.Application.UnitTests.Mapping;

/// <summary>
/// The maps through which AutoMapper could recurse without bound (advisory GHSA-rvv3-g6hj-g44x, see ADR 6): a map
/// whose destination members lead, through maps of the same configuration, back to the map itself, and that has no
/// MaxDepth. Members are followed into collections by their element type.
/// </summary>
internal static class SelfReferencingMaps
{
    public static IReadOnlyList<string> WithoutMaxDepth(IConfigurationProvider configuration)
    {
        var typeMaps = configuration.Internal().GetAllTypeMaps();
        return typeMaps
            .Where(typeMap => typeMap.MaxDepth == 0 && ReachesItself(typeMap, typeMaps))
            .Select(typeMap => $"{typeMap.SourceType.Name} -> {typeMap.DestinationType.Name}")
            .ToList();
    }

    private static bool ReachesItself(TypeMap start, IReadOnlyCollection<TypeMap> typeMaps)
    {
        var seen = new HashSet<TypeMap>();
        var pending = new Stack<TypeMap>(Children(start, typeMaps));
        while (pending.TryPop(out var typeMap))
        {
            if (typeMap == start)
            {
                return true;
            }

            if (seen.Add(typeMap))
            {
                foreach (var child in Children(typeMap, typeMaps))
                {
                    pending.Push(child);
                }
            }
        }

        return false;
    }

    private static IEnumerable<TypeMap> Children(TypeMap typeMap, IReadOnlyCollection<TypeMap> typeMaps) =>
        from member in typeMap.PropertyMaps
        where !member.Ignored
        let source = ElementType(member.SourceType)
        let destination = ElementType(member.DestinationType)
        from candidate in typeMaps
        where candidate.DestinationType == destination && (source is null || candidate.SourceType.IsAssignableFrom(source))
        select candidate;

    private static Type? ElementType(Type? type) =>
        type is null || type == typeof(string)
            ? type
            : type.IsArray
                ? type.GetElementType()
                : type.GetInterfaces().Append(type)
                    .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                    ?.GetGenericArguments()[0] ?? type;
}
