using CleanBackend.Application.Identity.Users;
using CleanBackend.Application.UnitTests.Support;

namespace CleanBackend.Application.UnitTests.Mapping;

public class UserMappingTests
{
    [Test]
    public void MapperConfiguration_IsValid()
    {
        var configuration = DependencyInjection.CreateMapperConfiguration();

        Assert.DoesNotThrow(configuration.AssertConfigurationIsValid);
    }

    [Test]
    public void Map_UserToUserDto_CopiesTheProfileAndLeavesTheTokenEmpty()
    {
        var user = TestUsers.Register("JakeJake", "Jake@Jake.JAKE");
        user.ChangeBio("I work at statefarm", FakeClock.DefaultStart);
        user.ChangeImage("https://i.stack.imgur.com/xHWG8.jpg", FakeClock.DefaultStart);

        var dto = TestMapper.Instance.Map<UserDto>(user);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Username, Is.EqualTo("JakeJake"));
            Assert.That(dto.Email, Is.EqualTo("Jake@Jake.JAKE"));
            Assert.That(dto.Bio, Is.EqualTo("I work at statefarm"));
            Assert.That(dto.Image, Is.EqualTo("https://i.stack.imgur.com/xHWG8.jpg"));
            Assert.That(dto.Token, Is.Empty);
        }
    }

    [Test]
    public void Map_UserWithoutBioOrImage_GivesNulls()
    {
        var dto = TestMapper.Instance.Map<UserDto>(TestUsers.Register());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Bio, Is.Null);
            Assert.That(dto.Image, Is.Null);
        }
    }

    [Test]
    public void Map_UserToAuthenticatedUserDto_CopiesTheProfileAndLeavesBothTokensEmpty()
    {
        var user = TestUsers.Register("JakeJake", "jake@jake.jake");

        var dto = TestMapper.Instance.Map<AuthenticatedUserDto>(user);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Username, Is.EqualTo("JakeJake"));
            Assert.That(dto.Email, Is.EqualTo("jake@jake.jake"));
            Assert.That(dto.Token, Is.Empty);
            Assert.That(dto.RefreshToken, Is.Empty);
        }
    }
}
