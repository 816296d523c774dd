using System.Reflection;
using AutoMapper;
using CleanBackend.Application.Common.Behaviours;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Idempotency;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CleanBackend.Application;

public static class DependencyInjection
{
    private static readonly Type[] ScannedOpenInterfaces =
    [
        typeof(IRequestHandler<,>),
        typeof(INotificationHandler<>),
    ];

    /// <summary>
    /// Registers the mediator, every handler and validator of this assembly, the pipeline and the
    /// object mapper. MediatR 5 comes without a DI package, hence the scan for handlers. A module's other
    /// Application parts (its options, services such as the outbox dispatcher) are registered by its module root
    /// (<c>CleanBackend.Infrastructure.Modules</c>), next to the adapters they need.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = Assembly.GetExecutingAssembly();

        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        foreach (var (serviceType, implementationType) in FindImplementations(assembly))
        {
            services.AddTransient(serviceType, implementationType);
        }

        // Validators hold no state and no scoped service, and building one compiles its rules' expressions: build each once.
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton);

        // Registration order is pipeline order: the first registered behaviour runs outermost.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnhandledExceptionBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(StorableTextBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(PerformanceBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(CachingBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(IdempotencyBehaviour<,>));
        services.AddScoped<CacheEvictions>();
        // Bound (and validated) by the platform root; registered here so the pipeline also runs without it, as in unit tests.
        services.AddOptions<RequestPerformanceOptions>();
        services.AddOptions<IdempotencyOptions>();

        services.AddSingleton(CreateMapperConfiguration());
        services.AddSingleton<IConfigurationProvider>(provider => provider.GetRequiredService<MapperConfiguration>());
        services.AddSingleton<IMapper>(provider => provider.GetRequiredService<MapperConfiguration>().CreateMapper());
        services.TryAddSingleton(TimeProvider.System);

        return services;
    }

    public static MapperConfiguration CreateMapperConfiguration() =>
        new(configuration => configuration.AddMaps(Assembly.GetExecutingAssembly()));

    private static IEnumerable<(Type ServiceType, Type ImplementationType)> FindImplementations(Assembly assembly) =>
        from type in assembly.GetTypes()
        where type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        from serviceType in type.GetInterfaces()
        where serviceType.IsGenericType && ScannedOpenInterfaces.Contains(serviceType.GetGenericTypeDefinition())
        select (serviceType, type);
}
