using System.ComponentModel.DataAnnotations;
using CleanBackend.Domain.Common;

namespace CleanBackend.WebApi.Controllers;

/// <summary>The Conduit wrapper <c>{"comment": …}</c>.</summary>
public sealed record CommentEnvelope<T>
{
    [Required(ErrorMessage = ValidationMessages.Blank)]
    public T? Comment { get; init; }
}
