using AutoMapper;
using CleanBackend.Application.Identity.Users.Commands.UpdateCurrentUser;
using CleanBackend.Application.Identity.Users.Commands.UnsubscribeFromNewsletter;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Users;

public sealed class UserMappingProfile : Profile
{
    public UserMappingProfile()
    {
        CreateMap<User, UserDto>()
            .ForMember(dto => dto.Token, options => options.Ignore())
            .ForMember(dto => dto.Newsletter, options => options.MapFrom(user => user.ReceivesNewsletter))
            .ForMember(dto => dto.EmailVerified, options => options.MapFrom(user => user.EmailVerifiedAt != null));
        CreateMap<User, AuthenticatedUserDto>()
            .IncludeBase<User, UserDto>()
            .ForMember(dto => dto.RefreshToken, options => options.Ignore());
        CreateMap<User, UpdatedUserDto>()
            .IncludeBase<User, UserDto>()
            .ForMember(dto => dto.RefreshToken, options => options.Ignore());
        CreateMap<User, NewsletterSubscriptionDto>()
            .ForMember(dto => dto.Newsletter, options => options.MapFrom(user => user.ReceivesNewsletter));
    }
}
