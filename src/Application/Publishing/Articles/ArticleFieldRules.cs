using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Publishing;
using FluentValidation;

namespace CleanBackend.Application.Publishing.Articles;

/// <summary>The rules for article fields, shared by create and update.</summary>
internal static class ArticleFieldRules
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilderInitial<T, string?> rule, int maxLength) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Blank)
            .MaximumLength(maxLength).WithMessage(ValidationMessages.TooLong(maxLength));

    public static IRuleBuilderOptions<T, IReadOnlyList<string?>?> ValidTags<T>(this IRuleBuilderInitial<T, IReadOnlyList<string?>?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(tags => tags is null || tags.Count(tag => !string.IsNullOrWhiteSpace(tag)) <= TagNames.MaxPerArticle)
            .WithMessage($"has more than {TagNames.MaxPerArticle} tags")
            .Must(tags => tags is null || tags.All(tag => tag is null || tag.Trim().Length <= TagNames.MaxLength))
            .WithMessage($"has a tag longer than {TagNames.MaxLength} characters");
}
