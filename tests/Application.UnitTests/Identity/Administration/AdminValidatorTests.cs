using System.Text.Json;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Identity.Administration.Commands.ChangeUserMetadata;
using CleanBackend.Application.Identity.Administration.Commands.ChangeUserRoles;
using CleanBackend.Application.Identity.Administration.Queries.ListUsers;
using CleanBackend.Application.UnitTests.Support;

namespace CleanBackend.Application.UnitTests.Identity.Administration;

public class AdminValidatorTests
{
    private readonly ListUsersQueryValidator _list = new();
    private readonly ChangeUserRolesCommandValidator _roles = new();
    private readonly ChangeUserMetadataCommandValidator _metadata = new();

    [Test]
    public void ListUsers_EveryFilterValid_HasNoErrors()
    {
        var query = new ListUsersQuery
        {
            Q = "ali",
            Role = "moderator",
            Active = true,
            Metadata = """{"plan":"pro","tags":["a"]}""",
            Cursor = CursorLists.Users.Encode(new KeysetCursor<Guid>(DateTimeOffset.UnixEpoch, Guid.NewGuid())),
            Limit = 50,
        };

        Assert.That(ValidationErrors.Of(_list, query), Is.Empty);
    }

    [TestCase("{not json", TestName = "ListUsers_MetadataThatIsNotJson_IsRefused")]
    [TestCase("[1,2]", TestName = "ListUsers_AMetadataArray_IsRefused")]
    [TestCase("\"plan\"", TestName = "ListUsers_AMetadataString_IsRefused")]
    [TestCase("", TestName = "ListUsers_EmptyMetadata_IsRefused")]
    public void ListUsers_MetadataNotAJsonObject_NamesTheField(string metadata)
    {
        Assert.That(
            ValidationErrors.Of(_list, new ListUsersQuery { Metadata = metadata }),
            Is.EqualTo(new Dictionary<string, string[]> { ["Metadata"] = ["must be a JSON object"] }));
    }

    [Test]
    public void ListUsers_UnknownRoleNegativeLimitAndForeignCursor_NamesEachField()
    {
        var query = new ListUsersQuery
        {
            Role = "Overlord",
            Limit = -1,
            Cursor = CursorLists.Comments.Encode(new KeysetCursor<long>(DateTimeOffset.UnixEpoch, 1)),
        };

        Assert.That(ValidationErrors.Of(_list, query).Keys, Is.EquivalentTo(new[] { "Role", "limit", "cursor" }));
    }

    [Test]
    public void ListUsers_AJobsCursor_IsInvalid()
    {
        // A jobs cursor has the very bytes of a users cursor; only its purpose differs.
        var query = new ListUsersQuery { Cursor = CursorLists.Jobs.Encode(new KeysetCursor<Guid>(DateTimeOffset.UnixEpoch, Guid.NewGuid())) };

        Assert.That(ValidationErrors.Of(_list, query), Is.EqualTo(new Dictionary<string, string[]> { ["cursor"] = ["is invalid"] }));
    }

    [Test]
    public void ChangeRoles_KnownRolesInAnyCase_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_roles, new ChangeUserRolesCommand { Roles = ["moderator", "Admin"] }), Is.Empty);
    }

    [Test]
    public void ChangeRoles_MissingList_IsBlank()
    {
        Assert.That(ValidationErrors.Of(_roles, new ChangeUserRolesCommand()), Does.ContainKey("Roles"));
    }

    [Test]
    public void ChangeRoles_UnknownRole_NamesItsPosition()
    {
        Assert.That(
            ValidationErrors.Of(_roles, new ChangeUserRolesCommand { Roles = ["Moderator", "Overlord"] }),
            Is.EqualTo(new Dictionary<string, string[]> { ["Roles[1]"] = ["is not a role"] }));
    }

    [Test]
    public void ChangeMetadata_Object_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_metadata, new ChangeUserMetadataCommand { Metadata = Json("""{"plan":"pro"}""") }), Is.Empty);
    }

    [TestCase("[]")]
    [TestCase("42")]
    [TestCase("null")]
    public void ChangeMetadata_NotAnObject_IsRefused(string json)
    {
        Assert.That(ValidationErrors.Of(_metadata, new ChangeUserMetadataCommand { Metadata = Json(json) }), Does.ContainKey("Metadata"));
    }

    [Test]
    public void ChangeMetadata_Missing_IsBlank()
    {
        Assert.That(
            ValidationErrors.Of(_metadata, new ChangeUserMetadataCommand()),
            Is.EqualTo(new Dictionary<string, string[]> { ["Metadata"] = ["can't be blank"] }));
    }

    [Test]
    public void ChangeMetadata_TooLarge_IsRefused()
    {
        var big = Json(JsonSerializer.Serialize(new { blob = new string('x', ChangeUserMetadataCommandValidator.MaxLength) }));

        Assert.That(ValidationErrors.Of(_metadata, new ChangeUserMetadataCommand { Metadata = big }), Does.ContainKey("Metadata"));
    }

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
