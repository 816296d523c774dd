using System.Text.Json;
using CleanBackend.Application.Common.Models;
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
            .Must(metadata => metadata!.Value.ValueKind == JsonValueKind.Object).WithMessage("must be a JSON object")
            .Must(metadata => metadata!.Value.GetRawText().Length <= MaxLength).WithMessage(ValidationMessages.TooLong(MaxLength));
    }
}
