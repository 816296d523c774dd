using System.Text.Json;
using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Identity.Administration.Commands.ChangeUserMetadata;

public sealed class ChangeUserMetadataCommandValidator : AbstractValidator<ChangeUserMetadataCommand>
{
    /// <summary>Metadata is for tags and flags, not documents: it is copied into every listing row.</summary>
    public const int MaxLength = 16 * 1024;

    public ChangeUserMetadataCommandValidator()
    {
        RuleFor(command => command.Metadata)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(ValidationMessages.Blank)
            .Must(metadata => metadata!.Value.ValueKind == JsonValueKind.Object).WithMessage(ValidationMessages.NotAJsonObject)
            .Must(metadata => metadata!.Value.GetRawText().Length <= MaxLength).WithMessage(ValidationMessages.TooLong(MaxLength));
    }
}
