using System.Reflection;
using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.BackgroundJobs;
using CleanBackend.Application.Common.Behaviours;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Idempotency;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Mfa;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.Identity.Users;
using CleanBackend.Application.Identity.Users.Commands.RegisterUser;
using CleanBackend.Application.Identity.Users.Commands.UpdateCurrentUser;
using CleanBackend.Application.Identity.Users.Queries.GetCurrentUser;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Publishing.Tags;
using CleanBackend.Application.Publishing.Tags.Queries.ListTags;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Identity.Events;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Application.UnitTests.Wiring;

/// <summary>Runs the real registrations of <see cref="DependencyInjection.AddApplication"/> with the ports replaced by mocks.</summary>
public class MediatorWiringTests
{
    private static readonly Assembly ApplicationAssembly = typeof(DependencyInjection).Assembly;

    private Mock<IUserRepository> _users = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private Mock<IUserReadService> _userReads = null!;
    private Mock<ICacheService> _cache = null!;
    private Mock<ITagReadService> _tagReads = null!;
    private RecordingNotificationHandler<DomainEventNotification<UserRegistered>> _userRegisteredHandler = null!;
    private RecordingNotificationHandler<InTransactionDomainEventNotification<UserRegistered>> _userRegisteredInTransactionHandler = null!;
    private ServiceProvider _provider = null!;
    private IServiceScope _scope = null!;

    private IServiceProvider Services => _scope.ServiceProvider;

    [SetUp]
    public void SetUp()
    {
        _users = new Mock<IUserRepository>();
        _unitOfWork = new Mock<IUnitOfWork>();
        _unitOfWork.Setup(unitOfWork => unitOfWork.PendingDomainEvents()).Returns([]);
        _currentUser = new Mock<ICurrentUser>();
        _userReads = new Mock<IUserReadService>();
        _cache = new Mock<ICacheService>();
        _tagReads = new Mock<ITagReadService>();
        _userRegisteredHandler = new RecordingNotificationHandler<DomainEventNotification<UserRegistered>>();
        _userRegisteredInTransactionHandler = new RecordingNotificationHandler<InTransactionDomainEventNotification<UserRegistered>>();

        var passwordHasher = new Mock<IPasswordHasher>();
        passwordHasher.Setup(hasher => hasher.Hash(It.IsAny<string>())).Returns("hash");
        var tokens = new Mock<ITokenService>();
        tokens.Setup(service => service.CreateAccessToken(It.IsAny<User>(), It.IsAny<Guid?>())).Returns("access-token");

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeClock());
        services.AddApplication();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(_users.Object);
        services.AddSingleton(Mock.Of<IRefreshTokenRepository>());
        services.AddSingleton(_unitOfWork.Object);
        services.AddSingleton(passwordHasher.Object);
        services.AddSingleton(tokens.Object);
        services.AddSingleton(_userReads.Object);
        services.AddSingleton(_currentUser.Object);
        services.AddSingleton(_cache.Object);
        services.AddSingleton(_tagReads.Object);
        services.AddSingleton(Mock.Of<IAuditTrail>());
        services.AddSingleton(Mock.Of<ISecurityEvents>());
        services.AddSingleton<IOneTimeTokens>(new FakeOneTimeTokens());
        services.AddScoped<SessionStarter>();

        // Application services the Identity module root registers next to their adapters.
        services.AddSingleton(Options.Create(new MfaOptions()));
        services.AddScoped<MfaCodeVerifier>();
        services.AddScoped<MfaLoginChallenges>();
        services.AddSingleton<INotificationHandler<DomainEventNotification<UserRegistered>>>(_userRegisteredHandler);
        services.AddSingleton<INotificationHandler<InTransactionDomainEventNotification<UserRegistered>>>(_userRegisteredInTransactionHandler);
        services.AddSingleton(Mock.Of<IBackgroundJobs>());
        services.AddSingleton(Mock.Of<ITransientOutageClassifier>());
        services.AddSingleton(Mock.Of<IIdempotencyContext>());
        services.AddSingleton(Mock.Of<IIdempotencyStore>());
        AddLooseMocksForRemainingPorts(services);

        // ValidateOnBuild constructs nothing but proves every closed registration (handlers, validators) can be built.
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _scope = _provider.CreateScope();
    }

    /// <summary>
    /// Every other port the Application layer declares (interfaces in its Abstractions and Contracts
    /// namespaces) gets a loose mock, so a new module's handlers are covered without editing this test.
    /// </summary>
    private static void AddLooseMocksForRemainingPorts(ServiceCollection services)
    {
        var ports = ApplicationAssembly.GetTypes().Where(type =>
            type is { IsInterface: true, IsGenericTypeDefinition: false }
            && (type.Namespace?.EndsWith(".Abstractions", StringComparison.Ordinal) == true
                || type.Namespace?.EndsWith(".Contracts", StringComparison.Ordinal) == true));
        foreach (var port in ports.Where(port => services.All(descriptor => descriptor.ServiceType != port)))
        {
            var mock = (Mock)Activator.CreateInstance(typeof(Mock<>).MakeGenericType(port))!;
            services.AddSingleton(port, mock.Object);
        }
    }

    [TearDown]
    public void TearDown()
    {
        _scope.Dispose();
        _provider.Dispose();
    }

    [Test]
    public void EveryRequestType_HasExactlyOneHandler()
    {
        var requestTypes = RequestTypes().ToList();
        Assert.That(requestTypes.Select(request => request.RequestType), Does.Contain(typeof(RegisterUserCommand)).And.Contain(typeof(GetCurrentUserQuery)));

        using (Assert.EnterMultipleScope())
        {
            foreach (var (requestType, responseType) in requestTypes)
            {
                var handlers = Services.GetServices(typeof(IRequestHandler<,>).MakeGenericType(requestType, responseType));
                Assert.That(handlers.Count(), Is.EqualTo(1), $"handlers of {requestType.Name}");
            }
        }
    }

    [Test]
    public void EveryValidator_IsRegisteredOnceForItsRequestType()
    {
        var validatorTypes = ApplicationAssembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && ValidatedType(type) is not null)
            .ToList();
        Assert.That(validatorTypes, Does.Contain(typeof(RegisterUserCommandValidator)));

        using (Assert.EnterMultipleScope())
        {
            foreach (var validatorType in validatorTypes)
            {
                var validators = Services.GetServices(typeof(IValidator<>).MakeGenericType(ValidatedType(validatorType)!));
                Assert.That(validators.Count(validator => validator!.GetType() == validatorType), Is.EqualTo(1), validatorType.Name);
            }
        }
    }

    [Test]
    public void PipelineBehaviours_ResolveInTheDocumentedOrder()
    {
        var behaviours = Services.GetServices<IPipelineBehavior<RegisterUserCommand, UserDto>>()
            .Select(behaviour => behaviour.GetType().GetGenericTypeDefinition());

        Assert.That(behaviours, Is.EqualTo(new[]
        {
            typeof(UnhandledExceptionBehaviour<,>),
            typeof(AuthorizationBehaviour<,>),
            typeof(StorableTextBehaviour<,>),
            typeof(ValidationBehaviour<,>),
            typeof(PerformanceBehaviour<,>),
            typeof(CachingBehaviour<,>),
            typeof(TransactionBehaviour<,>),
            typeof(IdempotencyBehaviour<,>),
        }));
    }

    [Test]
    public async Task Publish_NotificationTypedAsINotification_ReachesTheHandlerOfItsRuntimeType()
    {
        var domainEvent = new UserRegistered(Guid.NewGuid(), "jake", "jake@jake.jake", FakeClock.DefaultStart);
        INotification notification = new DomainEventNotification<UserRegistered>(domainEvent);

        await Services.GetRequiredService<IMediator>().Publish(notification, CancellationToken.None);

        Assert.That(_userRegisteredHandler.Received, Is.EqualTo(new[] { notification }));
    }

    [Test]
    public async Task Send_RegisterUser_RunsInATransactionAndDeliversUserRegisteredAfterwards()
    {
        User? added = null;
        _users.Setup(users => users.Add(It.IsAny<User>())).Callback((User user) => added = user);
        var deliveredBeforeCommit = -1;
        var deliveredInTransaction = -1;
        _unitOfWork.Setup(unitOfWork => unitOfWork.PendingDomainEvents()).Returns(() => added?.DomainEvents.ToList() ?? []);
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.ExecuteInTransactionAsync(It.IsAny<Func<CancellationToken, Task<UserDto>>>(), It.IsAny<CancellationToken>()))
            .Returns(async (Func<CancellationToken, Task<UserDto>> operation, CancellationToken cancellationToken) =>
            {
                var result = await operation(cancellationToken);
                deliveredBeforeCommit = _userRegisteredHandler.Received.Count;
                deliveredInTransaction = _userRegisteredInTransactionHandler.Received.Count;
                return new CommittedResult<UserDto>(result, added!.DomainEvents.ToList());
            });

        var dto = await Services.GetRequiredService<IMediator>()
            .Send(new RegisterUserCommand { Username = "Jacob", Email = "jake@jake.jake", Password = "jakejake" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Username, Is.EqualTo("Jacob"));
            Assert.That(dto.Token, Is.EqualTo("access-token"));
            Assert.That(deliveredBeforeCommit, Is.Zero);
            Assert.That(deliveredInTransaction, Is.EqualTo(1), "in-transaction handlers run before the commit");
            Assert.That(_userRegisteredHandler.Received.Select(notification => notification.DomainEvent.UserId), Is.EqualTo(new[] { added!.Id }));
        }
    }

    [Test]
    public void Send_InvalidCommand_FailsValidationBeforeAnyTransactionStarts()
    {
        var exception = Assert.ThrowsAsync<RequestValidationException>(
            () => Services.GetRequiredService<IMediator>()
                .Send(new RegisterUserCommand { Username = "ab", Email = "jake", Password = "jakejake" }, CancellationToken.None));

        Assert.That(exception.Errors, Is.EqualTo(new Dictionary<string, string[]>
        {
            ["username"] = ["is too short (minimum is 3 characters)"],
            ["email"] = ["is invalid"],
        }));
        _unitOfWork.VerifyNoOtherCalls();
        _users.VerifyNoOtherCalls();
    }

    [Test]
    public void Send_InvalidAuthorizedCommandFromAnAnonymousCaller_IsRejectedByAuthorizationBeforeValidation()
    {
        Assert.ThrowsAsync<UnauthorizedException>(
            () => Services.GetRequiredService<IMediator>().Send(new UpdateCurrentUserCommand { Email = "" }, CancellationToken.None));
    }

    [Test]
    public async Task Send_Query_RunsWithoutAUnitOfWork()
    {
        var userId = Guid.NewGuid();
        _currentUser.SetupGet(currentUser => currentUser.UserId).Returns(userId);
        _currentUser.SetupGet(currentUser => currentUser.AccessToken).Returns("presented-token");
        _userReads.Setup(reads => reads.FindAsync(userId, It.IsAny<CancellationToken>())).ReturnsAsync(new UserDto { Username = "Jacob" });

        var dto = await Services.GetRequiredService<IMediator>().Send(new GetCurrentUserQuery(), CancellationToken.None);

        Assert.That(dto.Token, Is.EqualTo("presented-token"));
        _unitOfWork.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Send_CachedQuery_IsAnsweredByTheCacheUnderItsKeyWithoutRunningTheHandler()
    {
        var cached = new TagListDto { Tags = ["dragons"] };
        _cache
            .Setup(cache => cache.GetOrCreateAsync(
                ArticleCacheKeys.Tags, It.IsAny<Func<CancellationToken, Task<TagListDto>>>(), ArticleCacheKeys.Duration, It.IsAny<CancellationToken>()))
            .ReturnsAsync(cached);

        var tags = await Services.GetRequiredService<IMediator>().Send(new ListTagsQuery(), CancellationToken.None);

        Assert.That(tags, Is.SameAs(cached));
        _tagReads.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Send_CachedQueryOnAMiss_RunsTheHandlerOnceThroughTheCache()
    {
        _tagReads.Setup(reads => reads.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync(["dragons", "training"]);
        _cache
            .Setup(cache => cache.GetOrCreateAsync(
                It.IsAny<string>(), It.IsAny<Func<CancellationToken, Task<TagListDto>>>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns((string _, Func<CancellationToken, Task<TagListDto>> factory, TimeSpan _, CancellationToken token) => factory(token));

        var tags = await Services.GetRequiredService<IMediator>().Send(new ListTagsQuery(), CancellationToken.None);

        Assert.That(tags.Tags, Is.EqualTo(new[] { "dragons", "training" }));
        _tagReads.Verify(reads => reads.ListAsync(It.IsAny<CancellationToken>()), Times.Once());
        _unitOfWork.VerifyNoOtherCalls();
    }

    private static IEnumerable<(Type RequestType, Type ResponseType)> RequestTypes() =>
        from type in ApplicationAssembly.GetTypes()
        where type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        from contract in type.GetInterfaces()
        where contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IRequest<>)
        select (type, contract.GetGenericArguments()[0]);

    private static Type? ValidatedType(Type type) =>
        type.GetInterfaces()
            .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(contract => contract.GetGenericArguments()[0])
            .SingleOrDefault();
}
