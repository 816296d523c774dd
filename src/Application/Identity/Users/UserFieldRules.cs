using CleanBackend.Application.Common.Validation;
using CleanBackend.Domain.Common;
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
        rule.Satisfies(UsernameRules.ProblemWith);

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Satisfies(EmailRules.ProblemWith);

    public static IRuleBuilderOptions<T, string?> ValidPassword<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Blank)
            .MinimumLength(PasswordMinLength).WithMessage(ValidationMessages.TooShort(PasswordMinLength))
            .MaximumLength(PasswordMaxLength).WithMessage(ValidationMessages.TooLong(PasswordMaxLength));
}
