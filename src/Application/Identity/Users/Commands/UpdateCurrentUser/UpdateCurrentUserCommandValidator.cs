using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Identity.Users.Commands.UpdateCurrentUser;

public sealed class UpdateCurrentUserCommandValidator : AbstractValidator<UpdateCurrentUserCommand>
{
    public const int MaxBioLength = 2000;
    public const int MaxImageUrlLength = 2048;

    public UpdateCurrentUserCommandValidator()
    {
        When(command => command.Email.HasValue, () =>
            RuleFor(command => command.Email.Value).ValidEmail().OverridePropertyName("email"));
        When(command => command.Username.HasValue, () =>
            RuleFor(command => command.Username.Value).ValidUsername().OverridePropertyName("username"));
        When(command => command.Password.HasValue, () =>
            RuleFor(command => command.Password.Value).ValidPassword().OverridePropertyName("password"));
        When(command => command.Bio.HasValue, () =>
            RuleFor(command => command.Bio.Value)
                .MaximumLength(MaxBioLength).WithMessage(ValidationMessages.TooLong(MaxBioLength))
                .OverridePropertyName("bio"));
        When(command => command.Newsletter.HasValue, () =>
            RuleFor(command => command.Newsletter.Value)
                .NotNull().WithMessage(ValidationMessages.Blank)
                .OverridePropertyName("newsletter"));
        When(command => command.Image.HasValue && !string.IsNullOrEmpty(command.Image.Value), () =>
            RuleFor(command => command.Image.Value)
                .Cascade(CascadeMode.Stop)
                .MaximumLength(MaxImageUrlLength).WithMessage(ValidationMessages.TooLong(MaxImageUrlLength))
                .Must(BeAnAbsoluteHttpUrl).WithMessage(ValidationMessages.Invalid)
                .OverridePropertyName("image"));
    }

    private static bool BeAnAbsoluteHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
