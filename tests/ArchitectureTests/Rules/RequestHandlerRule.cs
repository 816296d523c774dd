using MediatR;

namespace CleanBackend.ArchitectureTests.Rules;

/// <summary>
/// Each request has exactly one handler (MediatR would fail at run time with none, and silently
/// pick one of several), and the handler sits in the request's feature folder, i.e. its namespace.
/// </summary>
public static class RequestHandlerRule
{
    public static IReadOnlyList<Type> RequestsIn(IEnumerable<Type> types) =>
        Concrete(types).Where(type => ResponseTypesOf(type).Any()).ToList();

    public static IReadOnlyList<string> FindViolations(IEnumerable<Type> types)
    {
        var concrete = Concrete(types).ToList();
        var handlers = concrete
            .SelectMany(type => type.GetInterfaces()
                .Where(@interface => @interface.IsGenericType && @interface.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
                .Select(@interface => (Handler: type, Request: @interface.GenericTypeArguments[0], Response: @interface.GenericTypeArguments[1])))
            .ToList();

        var violations = new List<string>();
        foreach (var request in RequestsIn(concrete))
        {
            foreach (var response in ResponseTypesOf(request))
            {
                var matching = handlers.Where(handler => handler.Request == request && handler.Response == response).Select(handler => handler.Handler).ToList();
                if (matching.Count != 1)
                {
                    violations.Add($"{request.FullName} has {matching.Count} handlers instead of one{(matching.Count > 1 ? ": " + string.Join(", ", matching.Select(handler => handler.FullName)) : string.Empty)}");
                }

                violations.AddRange(matching
                    .Where(handler => handler.Namespace != request.Namespace)
                    .Select(handler => $"{handler.FullName} handles {request.FullName} from another namespace ({handler.Namespace} instead of {request.Namespace})"));
            }
        }

        return violations;
    }

    private static IEnumerable<Type> Concrete(IEnumerable<Type> types) =>
        types.Where(type => type is { IsInterface: false, IsAbstract: false, IsGenericTypeDefinition: false });

    private static IEnumerable<Type> ResponseTypesOf(Type request) =>
        request.GetInterfaces()
            .Where(@interface => @interface.IsGenericType && @interface.GetGenericTypeDefinition() == typeof(IRequest<>))
            .Select(@interface => @interface.GenericTypeArguments[0]);
}
