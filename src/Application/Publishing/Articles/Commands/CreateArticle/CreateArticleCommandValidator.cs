using CleanBackend.Application.Common.Validation;
using CleanBackend.Domain.Publishing;
using FluentValidation;

namespace CleanBackend.Application.Publishing.Articles.Commands.CreateArticle;

public sealed class CreateArticleCommandValidator : AbstractValidator<CreateArticleCommand>
{
    public CreateArticleCommandValidator()
    {
        RuleFor(command => command.Title).Satisfies(Article.TitleRule.ProblemWith);
        RuleFor(command => command.Description).Satisfies(Article.DescriptionRule.ProblemWith);
        RuleFor(command => command.Body).Satisfies(Article.BodyRule.ProblemWith);
        RuleFor(command => command.TagList).Satisfies(TagNames.ProblemWith);
    }
}
