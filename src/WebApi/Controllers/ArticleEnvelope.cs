using System.ComponentModel.DataAnnotations;
using CleanBackend.Domain.Common;

namespace CleanBackend.WebApi.Controllers;

/// <summary>The Conduit wrapper <c>{"article": …}</c>.</summary>
public sealed record ArticleEnvelope<T>
{
    [Required(ErrorMessage = ValidationMessages.Blank)]
    public T? Article { get; init; }
}
