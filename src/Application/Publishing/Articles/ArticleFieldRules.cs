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
            .Must(tags => tags is null || Normalized(tags).Distinct(StringComparer.Ordinal).Count() <= TagNames.MaxPerArticle)
            .WithMessage($"has more than {TagNames.MaxPerArticle} tags")
            .Must(tags => tags is null || Normalized(tags).All(tag => tag.Length <= TagNames.MaxLength))
            .WithMessage($"has a tag longer than {TagNames.MaxLength} characters");

    // The same normalisation the domain applies (TagNames.NormalizeAll), so both refuse the same lists.
    private static IEnumerable<string> Normalized(IEnumerable<string?> tags) =>
        tags.Where(tag => !string.IsNullOrWhiteSpace(tag)).Select(tag => TagNames.Normalize(tag!));
}
