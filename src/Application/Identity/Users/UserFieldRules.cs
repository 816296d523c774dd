using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Identity;
using FluentValidation;

namespace CleanBackend.Application.Identity.Users;

/// <summary>The rules for account fields, shared by every request that sets them.</summary>
public static class UserFieldRules
{
    public const int PasswordMinLength = 8;

    // PBKDF2 cost grows with input length; a cap keeps one request from buying minutes of CPU.
    public const int PasswordMaxLength = 128;

    public static IRuleBuilderOptions<T, string?> ValidUsername<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Blank)
            .MinimumLength(UsernameRules.MinLength).WithMessage(ValidationMessages.TooShort(UsernameRules.MinLength))
            .MaximumLength(UsernameRules.MaxLength).WithMessage(ValidationMessages.TooLong(UsernameRules.MaxLength))
            .Must(username => UsernameRules.HasAllowedCharacters(username!)).WithMessage(ValidationMessages.Invalid);

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Blank)
            .Must(EmailRules.IsValid).WithMessage(ValidationMessages.Invalid);

    public static IRuleBuilderOptions<T, string?> ValidPassword<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Blank)
            .MinimumLength(PasswordMinLength).WithMessage(ValidationMessages.TooShort(PasswordMinLength))
            .MaximumLength(PasswordMaxLength).WithMessage(ValidationMessages.TooLong(PasswordMaxLength));
}
