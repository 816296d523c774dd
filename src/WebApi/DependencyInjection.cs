using CleanBackend.Application.Common.Idempotency;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Common;
using CleanBackend.WebApi.Cors;
using CleanBackend.WebApi.Errors;
using CleanBackend.WebApi.Hosting;
using CleanBackend.WebApi.Idempotency;
using CleanBackend.WebApi.Logging;
using CleanBackend.WebApi.Observability;
using CleanBackend.WebApi.RateLimiting;
using CleanBackend.WebApi.Security;
using CleanBackend.WebApi.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.OpenApi;

namespace CleanBackend.WebApi;

public static class DependencyInjection
{
    public static IServiceCollection AddWebApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();

        // Request size, header and connection limits and timeouts: the Kestrel section (see appsettings.json).
        services.Configure<KestrelServerOptions>(configuration.GetSection("Kestrel"));
        // "Server: Kestrel" only tells an attacker what to try.
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        services.Configure<HostOptions>(options =>
            options.ShutdownTimeout = configuration.GetValue("Hosting:ShutdownTimeout", TimeSpan.FromSeconds(30)));
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IClientDevice, HttpClientDevice>();
        services.AddScoped<ICorrelationContext, HttpCorrelationContext>();
        services.AddScoped<IIdempotencyContext, HttpIdempotencyContext>();

        services.AddControllers(options =>
            {
                // Commands are validated by FluentValidation in the pipeline; MVC only checks the envelope.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                options.Conventions.Add(new HeadForGetConvention());
                options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((_, _) => ValidationMessages.Invalid);
                options.ModelBindingMessageProvider.SetValueIsInvalidAccessor(_ => ValidationMessages.Invalid);
                options.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(_ => ValidationMessages.Invalid);
                options.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => ValidationMessages.Invalid);
            })
            .AddJsonOptions(options =>
            {
                options.AllowInputFormatterExceptionMessages = false;

                // {"username":"a","username":"b"} is refused (422), not read as "b": two parts of a system could read different values.
                options.JsonSerializerOptions.AllowDuplicateProperties = false;
                options.JsonSerializerOptions.Converters.Add(new VerbatimStringJsonConverter());
                options.JsonSerializerOptions.Converters.Add(new OptionalJsonConverterFactory());
                options.JsonSerializerOptions.Converters.Add(new UtcTimestampJsonConverter());
            });
        services.Configure<ApiBehaviorOptions>(options =>
        {
            options.InvalidModelStateResponseFactory = InvalidModelStateResponse.Create;
            // MVC's own client-error bodies (e.g. for 415) lack errors and correlationId: BodilessErrorResponses writes ours.
            options.SuppressMapClientErrors = true;
        });

        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddProblemDetails();
        services.AddReverseProxySupport(configuration);
        services.AddApiCors(configuration);
        services.AddJwtAuthentication(configuration);
        services.AddApiRateLimiting(configuration);
        services.AddSingleton<HttpMetrics>();
        services.AddTracing(configuration);
        services.AddSwagger();

        return services;
    }

    private static void AddSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "CleanBackend API",
                Version = "v1",
                Description = "The RealWorld (Conduit) API with compatible extensions. Authenticate with 'Token <jwt>' or 'Bearer <jwt>'.",
            });
            options.AddSecurityDefinition("bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Paste the token from register or login (without a prefix).",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("bearer", document)] = [],
            });
            options.CustomSchemaIds(type => type.FullName?.Replace('+', '.'));
            // HEAD mirrors every GET (HeadForGetConvention); documenting each twice would only add noise.
            options.DocInclusionPredicate((documentName, api) =>
                api.HttpMethod != HttpMethods.Head && (api.GroupName is null || api.GroupName == documentName));
        });
    }
}
