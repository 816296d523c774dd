using System.Text;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Common.Security;

namespace CleanBackend.Application.Identity.Users.Commands.UpdateCurrentUser;

/// <summary>A partial update: an absent field is left as it is.</summary>
[Authorize]
public sealed record UpdateCurrentUserCommand : ICommand<UpdatedUserDto>
{
    public Optional<string?> Email { get; init; }

    public Optional<string?> Username { get; init; }

    public Optional<string?> Password { get; init; }

    public Optional<string?> Bio { get; init; }

    public Optional<string?> Image { get; init; }

    /// <summary>Whether newsletters are wanted; null is refused (absent leaves it as it is).</summary>
    public Optional<bool?> Newsletter { get; init; }

    // Records print every property (MVC logs action arguments at Trace): never the secret.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Email = {Email}, Username = {Username}, Password = {(Password.HasValue ? "***" : "(absent)")}, Bio = {Bio}, Image = {Image}, Newsletter = {Newsletter}");
        return true;
    }
}
