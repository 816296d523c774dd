using CleanBackend.Application.Common.Behaviours;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.UnitTests.Common.Behaviours.Requests;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Common;
using MediatR;
using Moq;
using Microsoft.Extensions.Logging;

namespace CleanBackend.Application.UnitTests.Common.Behaviours;

public class UnhandledExceptionBehaviourTests
{
    private static readonly TestCaseData[] ExpectedExceptions =
    [
        Case(() => RequestValidationException.For("email", "is invalid")),
        Case(() => new NotFoundException("user")),
        Case(() => UnauthorizedException.MissingToken()),
        Case(() => new ForbiddenException("role")),
        Case(() => new ConflictException(["email"])),
        Case(() => new ConcurrencyConflictException("users")),
        Case(() => new DomainRuleViolationException("username", "is invalid")),
        Case(() => new OperationCanceledException()),
        Case(() => new TaskCanceledException()),
    ];

    private static readonly ITransientOutageClassifier Outages =
        Mock.Of<ITransientOutageClassifier>(classifier => classifier.IsTransientOutage(It.Is<Exception>(exception => exception is TimeoutException)));

    private CapturingLogger<UnhandledExceptionBehaviour<TestCommand, string>> _logger = null!;
    private UnhandledExceptionBehaviour<TestCommand, string> _behaviour = null!;

    [SetUp]
    public void SetUp()
    {
        _logger = new CapturingLogger<UnhandledExceptionBehaviour<TestCommand, string>>();
        _behaviour = new UnhandledExceptionBehaviour<TestCommand, string>(_logger, Outages);
    }

    [Test]
    public void Handle_UnexpectedException_LogsItOnceAtErrorMarksItAndRethrowsIt()
    {
        var failure = new InvalidOperationException("database exploded");

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(
            () => _behaviour.Handle(new TestCommand(), CancellationToken.None, Throwing(failure)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(thrown, Is.SameAs(failure));
            Assert.That(_logger.Entries, Has.Count.EqualTo(1));
            Assert.That(_logger.Entries[0].Level, Is.EqualTo(LogLevel.Error));
            Assert.That(_logger.Entries[0].Exception, Is.SameAs(failure));
            Assert.That(_logger.Entries[0].Properties["RequestName"], Is.EqualTo(nameof(TestCommand)));
            Assert.That(ExceptionLogging.IsLogged(failure), Is.True);
        }
    }

    [TestCaseSource(nameof(ExpectedExceptions))]
    public void Handle_ExpectedException_IsRethrownWithoutBeingLogged(Func<Exception> createException)
    {
        var failure = createException();

        var thrown = Assert.CatchAsync(() => _behaviour.Handle(new TestCommand(), CancellationToken.None, Throwing(failure)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(thrown, Is.SameAs(failure));
            Assert.That(_logger.Entries, Is.Empty);
            Assert.That(ExceptionLogging.IsLogged(failure), Is.False);
        }
    }

    [Test]
    public void Handle_TransientOutage_IsRethrownForTheErrorMapperWithoutBeingLoggedAsAnError()
    {
        var outage = new TimeoutException("the database did not answer");

        var thrown = Assert.ThrowsAsync<TimeoutException>(() => _behaviour.Handle(new TestCommand(), CancellationToken.None, Throwing(outage)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(thrown, Is.SameAs(outage));
            Assert.That(_logger.Entries, Is.Empty);
        }
    }

    [Test]
    public void Handle_ExceptionAlreadyLogged_IsRethrownWithoutBeingLoggedAgain()
    {
        var failure = new InvalidOperationException("logged further in");
        ExceptionLogging.MarkLogged(failure);

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(
            () => _behaviour.Handle(new TestCommand(), CancellationToken.None, Throwing(failure)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(thrown, Is.SameAs(failure));
            Assert.That(_logger.Entries, Is.Empty);
        }
    }

    [Test]
    public void Handle_NestedBehaviours_LogTheExceptionOnlyOnce()
    {
        var outerLogger = new CapturingLogger<UnhandledExceptionBehaviour<TestCommand, string>>();
        var outer = new UnhandledExceptionBehaviour<TestCommand, string>(outerLogger, Outages);
        var failure = new InvalidOperationException("boom");

        Assert.ThrowsAsync<InvalidOperationException>(
            () => outer.Handle(new TestCommand(), CancellationToken.None, () => _behaviour.Handle(new TestCommand(), CancellationToken.None, Throwing(failure))));

        Assert.That(_logger.Entries.Count + outerLogger.Entries.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task Handle_Success_ReturnsTheResponseAndLogsNothing()
    {
        var response = await _behaviour.Handle(new TestCommand(), CancellationToken.None, () => Task.FromResult("handled"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response, Is.EqualTo("handled"));
            Assert.That(_logger.Entries, Is.Empty);
        }
    }

    private static TestCaseData Case(Func<Exception> createException) =>
        new TestCaseData(createException).SetArgDisplayNames(createException().GetType().Name);

    private static RequestHandlerDelegate<string> Throwing(Exception exception) => () => Task.FromException<string>(exception);
}
