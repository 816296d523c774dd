using CleanBackend.Application.Identity.Users;

namespace CleanBackend.Application.Social.Broken;

/// <summary>Broken on purpose: a Social type exposing Identity's internal DTO in a signature.</summary>
internal sealed class SignatureLeak
{
    public UserDto? Author { get; set; }
}
