using CleanBackend.Application.Common.Behaviours;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.UnitTests.Common.Behaviours.Requests;
using FluentValidation;
using MediatR;

namespace CleanBackend.Application.UnitTests.Common.Behaviours;

public class ValidationBehaviourTests
{
    private int _handlerCalls;

    [SetUp]
    public void ResetHandler() => _handlerCalls = 0;

    [Test]
    public void Handle_FailuresInSeveralValidators_ReportsEveryFailureWithCamelCasedFieldNames()
    {
        var emailValidator = new InlineValidator<ValidatedRequest>();
        emailValidator.RuleFor(request => request.Email).NotEmpty().WithMessage("can't be blank");
        var otherValidator = new InlineValidator<ValidatedRequest>();
        otherValidator.RuleFor(request => request.Username).NotEmpty().WithMessage("can't be blank");
        otherValidator.RuleFor(request => request.Article.TagList).NotEmpty().WithMessage("needs a tag");

        var exception = Assert.ThrowsAsync<RequestValidationException>(
            () => Behaviour(emailValidator, otherValidator).Handle(new ValidatedRequest(), CancellationToken.None, Next));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Errors.Keys, Is.EquivalentTo(new[] { "email", "username", "article.tagList" }));
            Assert.That(exception.Errors["email"], Is.EqualTo(new[] { "can't be blank" }));
            Assert.That(exception.Errors["username"], Is.EqualTo(new[] { "can't be blank" }));
            Assert.That(exception.Errors["article.tagList"], Is.EqualTo(new[] { "needs a tag" }));
            Assert.That(_handlerCalls, Is.Zero);
        }
    }

    [Test]
    public void Handle_SameFieldFailingInTwoValidators_ListsBothMessagesUnderOneField()
    {
        var first = new InlineValidator<ValidatedRequest>();
        first.RuleFor(request => request.Email).NotEmpty().WithMessage("can't be blank");
        var second = new InlineValidator<ValidatedRequest>();
        second.RuleFor(request => request.Email).NotNull().WithMessage("is required");

        var exception = Assert.ThrowsAsync<RequestValidationException>(
            () => Behaviour(first, second).Handle(new ValidatedRequest(), CancellationToken.None, Next));

        Assert.That(exception.Errors["email"], Is.EquivalentTo(new[] { "can't be blank", "is required" }));
    }

    [Test]
    public void Handle_LaterValidatorStopsAtItsFirstFailingRule_StillRunsItsRulesWhenOnlyAnEarlierValidatorFailed()
    {
        var emailValidator = new InlineValidator<ValidatedRequest>();
        emailValidator.RuleFor(request => request.Email).NotEmpty().WithMessage("can't be blank");

        // Stop only ends a validator after one of its own rules failed; failures of another validator
        // must not count, or a request would be reported with fewer errors than it has.
        var profileValidator = new InlineValidator<ValidatedRequest> { ClassLevelCascadeMode = CascadeMode.Stop };
        profileValidator.RuleFor(request => request.Username).NotEmpty().WithMessage("can't be blank");
        profileValidator.RuleFor(request => request.Bio).NotEmpty().WithMessage("can't be blank");

        var exception = Assert.ThrowsAsync<RequestValidationException>(
            () => Behaviour(emailValidator, profileValidator)
                .Handle(new ValidatedRequest { Username = "jake" }, CancellationToken.None, Next));

        Assert.That(exception.Errors.Keys, Is.EquivalentTo(new[] { "email", "bio" }));
    }

    [Test]
    public async Task Handle_AllValidatorsPass_CallsTheHandlerAndReturnsItsResponse()
    {
        var first = new InlineValidator<ValidatedRequest>();
        first.RuleFor(request => request.Email).NotEmpty();
        var second = new InlineValidator<ValidatedRequest>();
        second.RuleFor(request => request.Username).NotEmpty();

        var response = await Behaviour(first, second)
            .Handle(new ValidatedRequest { Email = "jake@example.com", Username = "jake" }, CancellationToken.None, Next);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response, Is.EqualTo("handled"));
            Assert.That(_handlerCalls, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Handle_NoValidators_CallsTheHandler()
    {
        var response = await Behaviour().Handle(new ValidatedRequest(), CancellationToken.None, Next);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response, Is.EqualTo("handled"));
            Assert.That(_handlerCalls, Is.EqualTo(1));
        }
    }

    private static ValidationBehaviour<ValidatedRequest, string> Behaviour(params IValidator<ValidatedRequest>[] validators) => new(validators);

    private Task<string> Next()
    {
        _handlerCalls++;
        return Task.FromResult("handled");
    }
}
