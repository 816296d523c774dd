namespace CleanBackend.Application.Social.Contracts;

/// <summary>A profile as anyone sees it (no viewer flag): what the cache holds.</summary>
public sealed record ProfileSnapshot(Guid UserId, string Username, string? Bio, string? Image)
{
    public ProfileDto ToDto(bool following) => new() { Username = Username, Bio = Bio, Image = Image, Following = following };
}
