using FluentValidation;

namespace CleanBackend.Application.Common.Validation;

public static class DomainRuleExtensions
{
    private const string ProblemArgument = "Problem";

    /// <summary>
    /// Asks a domain-owned check (one that returns the message for what is wrong, or null) instead of restating
    /// its limits here, so the request is refused exactly when the entity would refuse the value, in its words.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> Satisfies<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<TProperty, string?> problemWith) =>
        rule.Must((_, value, context) =>
            {
                var problem = problemWith(value);
                context.MessageFormatter.AppendArgument(ProblemArgument, problem);
                return problem is null;
            })
            .WithMessage($"{{{ProblemArgument}}}");
}
