using CleanBackend.Application.Identity.Users;

namespace CleanBackend.Application.Social.Broken;

/// <summary>Broken on purpose: a Social type using Identity's internal DTO only inside a method body.</summary>
internal static class BodyLeak
{
    public static int AuthorNameLength() => new UserDto().Username.Length;
}
