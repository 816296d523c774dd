using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Modules;

/// <summary>How every module root binds a configuration section: bound, checked against the data annotations of the
/// options class and validated when the host starts, so a bad value stops start-up instead of the first request.</summary>
public static class SectionOptions
{
    public static OptionsBuilder<TOptions> AddSectionOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string sectionName)
        where TOptions : class
    {
        services.AddSingleton<IValidateOptions<TOptions>>(new AnnotatedSectionValidator<TOptions>(sectionName));
        return services.AddOptions<TOptions>().Bind(configuration.GetSection(sectionName)).ValidateOnStart();
    }

    /// <summary>
    /// The data annotations of <typeparamref name="TOptions"/>, with each failure naming the configuration key
    /// ("The field Smtp:Port must be between 1 and 65535.") rather than the bare property.
    /// </summary>
    internal sealed class AnnotatedSectionValidator<TOptions>(string sectionName) : IValidateOptions<TOptions>
        where TOptions : class
    {
        private static readonly PropertyInfo[] AnnotatedProperties = typeof(TOptions)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetCustomAttributes<ValidationAttribute>().Any())
            .ToArray();

        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            var failures = new List<string>();
            foreach (var property in AnnotatedProperties)
            {
                var context = new ValidationContext(options) { MemberName = property.Name, DisplayName = $"{sectionName}:{property.Name}" };
                var results = new List<ValidationResult>();
                if (!Validator.TryValidateProperty(property.GetValue(options), context, results))
                {
                    failures.AddRange(results.Select(result => result.ErrorMessage ?? $"{context.DisplayName} is invalid."));
                }
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
