using CleanBackend.Application.Common.Validation;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Publishing;
using FluentValidation;

namespace CleanBackend.Application.Publishing.Articles.Commands.UpdateArticle;

public sealed class UpdateArticleCommandValidator : AbstractValidator<UpdateArticleCommand>
{
    public UpdateArticleCommandValidator()
    {
        When(command => command.Title.HasValue, () =>
            RuleFor(command => command.Title.Value).Satisfies(Article.TitleRule.ProblemWith).OverridePropertyName("title"));
        When(command => command.Description.HasValue, () =>
            RuleFor(command => command.Description.Value).Satisfies(Article.DescriptionRule.ProblemWith).OverridePropertyName("description"));
        When(command => command.Body.HasValue, () =>
            RuleFor(command => command.Body.Value).Satisfies(Article.BodyRule.ProblemWith).OverridePropertyName("body"));
        When(command => command.TagList.HasValue, () =>
        {
            RuleFor(command => command.TagList.Value).NotNull().WithMessage(ValidationMessages.Blank).OverridePropertyName("tagList");
            RuleFor(command => command.TagList.Value).Satisfies(TagNames.ProblemWith).OverridePropertyName("tagList");
        });
    }
}
