using System.ComponentModel.DataAnnotations;
using CleanBackend.Domain.Common;

namespace CleanBackend.WebApi.Controllers;

/// <summary>The Conduit wrapper <c>{"user": …}</c> around request and response bodies.</summary>
public sealed record UserEnvelope<T>
{
    [Required(ErrorMessage = ValidationMessages.Blank)]
    public T? User { get; init; }
}
