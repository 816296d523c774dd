using AutoMapper;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Users;

internal static class UserDtoMapping
{
    public static UserDto ToUserDto(this IMapper mapper, User user, string accessToken) =>
        mapper.Map<UserDto>(user) with { Token = accessToken };

    public static AuthenticatedUserDto ToAuthenticatedUserDto(this IMapper mapper, User user, string accessToken, string refreshToken) =>
        mapper.Map<AuthenticatedUserDto>(user) with { Token = accessToken, RefreshToken = refreshToken };
}
