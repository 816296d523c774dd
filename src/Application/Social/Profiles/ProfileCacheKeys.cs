using CleanBackend.Application.Identity.Contracts;

namespace CleanBackend.Application.Social.Profiles;

public static class ProfileCacheKeys
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    public static string Profile(string username) => "profile:" + Usernames.Normalize(username);
}
