using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Users.Commands.SeedDemoUsers;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Users.Handlers;

public class SeedDemoUsersCommandHandlerTests
{
    [Test]
    public async Task Handle_CreatesTheMissingDemoUsersWithOneHashAndNoEvents()
    {
        var added = new List<User>();
        var users = new Mock<IUserRepository>();
        users.Setup(repository => repository.FindTakenUsernamesAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new HashSet<string> { "demo2" });
        users.Setup(repository => repository.Add(It.IsAny<User>())).Callback<User>(added.Add);
        var hasher = new Mock<IPasswordHasher>();
        hasher.Setup(h => h.Hash("demo-password")).Returns("hashed");

        var created = await new SeedDemoUsersCommandHandler(users.Object, hasher.Object, new FakeClock())
            .Handle(new SeedDemoUsersCommand { Count = 25, Password = "demo-password" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created, Is.EqualTo(24));
            Assert.That(added.Select(user => user.Username).Take(3), Is.EqualTo(new[] { "demo1", "demo3", "demo4" }));
            Assert.That(added.Where(user => user.Metadata.Contains("\"pro\"")).Select(user => user.Username), Is.EqualTo(new[] { "demo25" }));
            Assert.That(added.Select(user => user.Metadata), Has.All.StartsWith("""{"demo": true, "plan": """));
            Assert.That(added.Select(user => user.Email), Has.All.EndsWith("@demo.cleanbackend.local"));
            Assert.That(added.Select(user => user.PasswordHash), Has.All.EqualTo("hashed"));
            Assert.That(added.SelectMany(user => user.DomainEvents), Is.Empty, "no welcome mails for demo users");
        }

        hasher.Verify(h => h.Hash(It.IsAny<string>()), Times.Once);
    }

    [TestCase(0)]
    [TestCase(100_001)]
    public void Validate_CountOutOfRange_IsReportedUnderUsers(int count)
    {
        var errors = ValidationErrors.Of(new SeedDemoUsersCommandValidator(), new SeedDemoUsersCommand { Count = count, Password = "demo-password" });

        Assert.That(errors.Keys, Is.EqualTo(new[] { "users" }));
    }
}
