using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Publishing;
using FluentValidation;

namespace CleanBackend.Application.Publishing.Comments.Commands.AddComment;

public sealed class AddCommentCommandValidator : AbstractValidator<AddCommentCommand>
{
    public AddCommentCommandValidator()
    {
        RuleFor(command => command.Body)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Blank)
            .MaximumLength(Comment.MaxBodyLength).WithMessage(ValidationMessages.TooLong(Comment.MaxBodyLength));
    }
}
