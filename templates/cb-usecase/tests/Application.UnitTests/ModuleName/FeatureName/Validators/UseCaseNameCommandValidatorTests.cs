using CleanBackend.Application.ModuleName.FeatureName.Commands.UseCaseName;
using CleanBackend.Application.UnitTests.Support;

namespace CleanBackend.Application.UnitTests.ModuleName.FeatureName.Validators;

public class UseCaseNameCommandValidatorTests
{
    private readonly UseCaseNameCommandValidator _validator = new();

    [Test]
    public void Validate_AValue_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_validator, new UseCaseNameCommand("value")), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    public void Validate_NoValue_NamesTheField(string? value)
    {
        Assert.That(ValidationErrors.Of(_validator, new UseCaseNameCommand(value)), Is.EqualTo(new Dictionary<string, string[]>
        {
            ["Value"] = ["can't be blank"],
        }));
    }
}
