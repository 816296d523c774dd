using AutoMapper;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Users;

internal static class UserDtoMapping
{
    public static UserDto ToUserDto(this IMapper mapper, User user, string accessToken)
    {
        var dto = mapper.Map<UserDto>(user);
        dto.Token = accessToken;
        return dto;
    }

    public static AuthenticatedUserDto ToAuthenticatedUserDto(this IMapper mapper, User user, string accessToken, string refreshToken)
    {
        var dto = mapper.Map<AuthenticatedUserDto>(user);
        dto.Token = accessToken;
        dto.RefreshToken = refreshToken;
        return dto;
    }
}
