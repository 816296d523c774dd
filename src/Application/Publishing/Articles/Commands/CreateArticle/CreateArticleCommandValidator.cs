using CleanBackend.Domain.Publishing;
using FluentValidation;

namespace CleanBackend.Application.Publishing.Articles.Commands.CreateArticle;

public sealed class CreateArticleCommandValidator : AbstractValidator<CreateArticleCommand>
{
    public CreateArticleCommandValidator()
    {
        RuleFor(command => command.Title).RequiredText(Article.MaxTitleLength);
        RuleFor(command => command.Description).RequiredText(Article.MaxDescriptionLength);
        RuleFor(command => command.Body).RequiredText(Article.MaxBodyLength);
        RuleFor(command => command.TagList).ValidTags();
    }
}
