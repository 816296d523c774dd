using System.Text.Json;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;
using FluentValidation;

namespace CleanBackend.Application.Identity.Administration.Queries.ListUsers;

public sealed class ListUsersQueryValidator : AbstractValidator<ListUsersQuery>
{
    public const int MaxSearchLength = EmailRules.MaxLength;
    public const int MaxMetadataLength = 4096;

    public ListUsersQueryValidator()
    {
        this.AddPagingRules(query => query.Limit, _ => null, query => query.Cursor, query => query.After is not null);
        RuleFor(query => query.Q)
            .MaximumLength(MaxSearchLength).WithMessage(ValidationMessages.TooLong(MaxSearchLength));
        RuleFor(query => query.Role)
            .Must(RoleName.IsRole).WithMessage(RoleName.NotARole)
            .When(query => query.Role is not null);
        RuleFor(query => query.Metadata)
            .Cascade(CascadeMode.Stop)
            .MaximumLength(MaxMetadataLength).WithMessage(ValidationMessages.TooLong(MaxMetadataLength))
            .Must(IsJsonObject).WithMessage(ValidationMessages.NotAJsonObject)
            .When(query => query.Metadata is not null);
    }

    public static bool IsJsonObject(string? json)
    {
        try
        {
            using var document = JsonDocument.Parse(json ?? string.Empty);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
