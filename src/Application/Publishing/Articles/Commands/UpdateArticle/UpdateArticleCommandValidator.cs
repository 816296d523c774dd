using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Publishing;
using FluentValidation;

namespace CleanBackend.Application.Publishing.Articles.Commands.UpdateArticle;

public sealed class UpdateArticleCommandValidator : AbstractValidator<UpdateArticleCommand>
{
    public UpdateArticleCommandValidator()
    {
        When(command => command.Title.HasValue, () =>
            RuleFor(command => command.Title.Value).RequiredText(Article.MaxTitleLength).OverridePropertyName("title"));
        When(command => command.Description.HasValue, () =>
            RuleFor(command => command.Description.Value).RequiredText(Article.MaxDescriptionLength).OverridePropertyName("description"));
        When(command => command.Body.HasValue, () =>
            RuleFor(command => command.Body.Value).RequiredText(Article.MaxBodyLength).OverridePropertyName("body"));
        When(command => command.TagList.HasValue, () =>
        {
            RuleFor(command => command.TagList.Value).NotNull().WithMessage(ValidationMessages.Blank).OverridePropertyName("tagList");
            RuleFor(command => command.TagList.Value).ValidTags().OverridePropertyName("tagList");
        });
    }
}
