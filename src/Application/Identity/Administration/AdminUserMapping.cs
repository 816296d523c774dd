using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Administration;

public static class AdminUserMapping
{
    /// <summary>The DTO of a user a command has just changed, as it will be once committed.</summary>
    public static AdminUserDto ToAdminUserDto(this User user) => new()
    {
        Id = user.Id,
        Username = user.Username,
        Email = user.Email,
        Bio = user.Bio,
        Image = user.Image,
        Roles = user.RoleNames,
        Active = user.IsActive,
        Metadata = JsonText.Parse(user.Metadata),
        CreatedAt = user.CreatedAt,
        UpdatedAt = user.UpdatedAt,
    };
}
