using System.Reflection;
using CleanBackend.Application.Administration.Audit.Queries.ListAuditEntries;
using CleanBackend.Application.Administration.Stats.Queries.GetStats;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Administration.Commands.ChangeUserMetadata;
using CleanBackend.Application.Identity.Administration.Commands.ChangeUserRoles;
using CleanBackend.Application.Identity.Administration.Commands.DeactivateUser;
using CleanBackend.Application.Identity.Administration.Commands.ReactivateUser;
using CleanBackend.Application.Identity.Administration.Queries.GetUser;
using CleanBackend.Application.Identity.Administration.Queries.ListUsers;
using CleanBackend.Application.Notifications.Jobs.Queries.GetJob;
using CleanBackend.Application.Notifications.Jobs.Queries.ListJobs;
using CleanBackend.Application.Notifications.Newsletters.Commands.SendNewsletter;
using CleanBackend.Application.Publishing.Moderation.Commands.RemoveArticle;
using CleanBackend.Application.Publishing.Moderation.Commands.RemoveComment;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.UnitTests.Common.Security;

/// <summary>The permission each admin request names: the table docs/admin.md describes.</summary>
public class AdminRequestPermissionTests
{
    public static IEnumerable<TestCaseData> Requests()
    {
        yield return new TestCaseData(typeof(ListUsersQuery), Permission.UsersRead);
        yield return new TestCaseData(typeof(GetUserQuery), Permission.UsersRead);
        yield return new TestCaseData(typeof(GetStatsQuery), Permission.UsersRead);
        yield return new TestCaseData(typeof(ChangeUserRolesCommand), Permission.UsersManage);
        yield return new TestCaseData(typeof(ChangeUserMetadataCommand), Permission.UsersManage);
        yield return new TestCaseData(typeof(DeactivateUserCommand), Permission.UsersManage);
        yield return new TestCaseData(typeof(ReactivateUserCommand), Permission.UsersManage);
        yield return new TestCaseData(typeof(RemoveArticleCommand), Permission.ContentModerate);
        yield return new TestCaseData(typeof(RemoveCommentCommand), Permission.ContentModerate);
        yield return new TestCaseData(typeof(ListAuditEntriesQuery), Permission.AuditRead);
        yield return new TestCaseData(typeof(SendNewsletterCommand), Permission.NewslettersSend);
        yield return new TestCaseData(typeof(GetJobQuery), Permission.JobsRead);
        yield return new TestCaseData(typeof(ListJobsQuery), Permission.JobsRead);
    }

    [TestCaseSource(nameof(Requests))]
    public void Request_NamesExactlyItsPermission(Type requestType, string permission)
    {
        var attributes = requestType.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(attributes, Has.Count.EqualTo(1));
            Assert.That(attributes.Single().Permissions, Is.EqualTo(permission));
            Assert.That(attributes.Single().Roles, Is.Empty, "requests name permissions, never roles");
        }
    }
}
