using System.Reflection;

namespace CleanBackend.ArchitectureTests.Rules;

/// <summary>Every type a type depends on, from its signatures and from the IL of its methods.</summary>
public static class TypeUsages
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>
    /// The usages of <paramref name="type"/> and of its nested types, which include the compiler's
    /// async state machines and closures: the body of an async method lives there, not in the method.
    /// </summary>
    public static IEnumerable<TypeUsage> Of(Type type) => SelfAndNested(type).SelectMany(member => Declarations(type, member));

    /// <summary>A type, its element type (arrays, by-ref, pointers) and every generic argument, recursively.</summary>
    public static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            return Expand(type.GetElementType()!);
        }

        if (type.IsGenericParameter)
        {
            return [];
        }

        if (type is { IsGenericType: true, IsGenericTypeDefinition: false })
        {
            return type.GetGenericArguments().SelectMany(Expand).Prepend(type.GetGenericTypeDefinition());
        }

        return [type];
    }

    private static IEnumerable<Type> SelfAndNested(Type type) =>
        type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(SelfAndNested).Prepend(type);

    private static IEnumerable<TypeUsage> Declarations(Type owner, Type type)
    {
        var prefix = type == owner ? string.Empty : $"{type.Name}.";
        var usages = new List<(string Location, Type Used)>();

        if (type.BaseType is { } baseType)
        {
            usages.Add(($"{prefix}base type", baseType));
        }

        usages.AddRange(type.GetInterfaces().Select(@interface => ($"{prefix}interface", @interface)));
        usages.AddRange(type.GetFields(Declared).Select(field => ($"{prefix}field {field.Name}", field.FieldType)));
        usages.AddRange(type.GetProperties(Declared).Select(property => ($"{prefix}property {property.Name}", property.PropertyType)));

        foreach (var constructor in type.GetConstructors(Declared))
        {
            usages.AddRange(constructor.GetParameters().Select(parameter => ($"{prefix}constructor parameter {parameter.Name}", parameter.ParameterType)));
            usages.AddRange(BodyUsages($"{prefix}body of constructor", constructor));
        }

        foreach (var method in type.GetMethods(Declared))
        {
            usages.Add(($"{prefix}return type of {method.Name}", method.ReturnType));
            usages.AddRange(method.GetParameters().Select(parameter => ($"{prefix}parameter {parameter.Name} of {method.Name}", parameter.ParameterType)));
            usages.AddRange(BodyUsages($"{prefix}body of {method.Name}", method));
        }

        return usages.SelectMany(usage => Expand(usage.Used).Select(used => new TypeUsage(owner, usage.Location, used)));
    }

    private static IEnumerable<(string Location, Type Used)> BodyUsages(string location, MethodBase method) =>
        IlReferences.ReferencedMembers(method).SelectMany(TypesOf).Select(used => (location, used));

    private static IEnumerable<Type> TypesOf(MemberInfo member)
    {
        var types = new List<Type>();
        if (member is Type type)
        {
            types.Add(type);
            return types;
        }

        if (member.DeclaringType is { } declaringType)
        {
            types.Add(declaringType);
        }

        switch (member)
        {
            case FieldInfo field:
                types.Add(field.FieldType);
                break;
            case MethodBase method:
                types.AddRange(method.GetParameters().Select(parameter => parameter.ParameterType));
                if (method is MethodInfo methodInfo)
                {
                    types.Add(methodInfo.ReturnType);
                    if (methodInfo.IsGenericMethod)
                    {
                        types.AddRange(methodInfo.GetGenericArguments());
                    }
                }

                break;
        }

        return types;
    }
}
