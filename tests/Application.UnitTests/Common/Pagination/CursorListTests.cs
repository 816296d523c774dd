using CleanBackend.Application.Common.Pagination;

namespace CleanBackend.Application.UnitTests.Common.Pagination;

/// <summary>The one keyset cursor, as each list encodes and decodes it.</summary>
public class CursorListTests
{
    // Cursors keep whole microseconds (PostgreSQL's precision), so test times have no finer ticks.
    private static readonly DateTimeOffset CreatedAt = new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_560);
    private static readonly Guid Id = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");
    private static readonly string ValidArticle = CursorLists.Articles.Encode(new KeysetCursor<Guid>(CreatedAt, Id));
    private static readonly string ValidComment = CursorLists.Comments.Encode(new KeysetCursor<long>(CreatedAt, 42));
    private static readonly KeysetCursor<Guid> UserOrJob = new(CreatedAt, Id);

    public static IEnumerable<TestCaseData> ArticleCursors()
    {
        yield return new TestCaseData(new KeysetCursor<Guid>(CreatedAt, Id)).SetArgDisplayNames("without rank");
        yield return new TestCaseData(new KeysetCursor<Guid>(CreatedAt, Id, 0.0759909f)).SetArgDisplayNames("with rank");
        yield return new TestCaseData(new KeysetCursor<Guid>(CreatedAt, Id, 0f)).SetArgDisplayNames("with rank zero");
        yield return new TestCaseData(new KeysetCursor<Guid>(DateTimeOffset.UnixEpoch, Guid.Empty)).SetArgDisplayNames("epoch, empty id");
        yield return new TestCaseData(new KeysetCursor<Guid>(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_990), Id, float.MaxValue))
            .SetArgDisplayNames("latest time, largest rank");
    }

    public static IEnumerable<TestCaseData> CommentCursors()
    {
        yield return new TestCaseData(new KeysetCursor<long>(CreatedAt, 42)).SetArgDisplayNames("typical");
        yield return new TestCaseData(new KeysetCursor<long>(DateTimeOffset.UnixEpoch, 0)).SetArgDisplayNames("epoch, id zero");
        yield return new TestCaseData(new KeysetCursor<long>(CreatedAt, long.MaxValue)).SetArgDisplayNames("largest id");
    }

    /// <summary>
    /// Texts the lists handed out before their cursors became one type (recorded from that code): a client's saved
    /// cursor must keep working, so each list must still write these exact texts and read them back.
    /// </summary>
    public static IEnumerable<TestCaseData> IssuedCursors()
    {
        yield return new TestCaseData("articles", "AQAGScBE-ypAAZUPTnwqfTueT1prfI2eDwVUYIM").SetArgDisplayNames("article");
        yield return new TestCaseData("articles ranked", "AQAGScBE-ypAAZUPTnwqfTueT1prfI2eDz2boR4fHpYV").SetArgDisplayNames("ranked article");
        yield return new TestCaseData("comments", "AQAGScBE-ypAAAAAAAAAACotaKLn").SetArgDisplayNames("comment");
        yield return new TestCaseData("audit", "AQAGScBE-ypAACAAAAAAAAH2o0Je").SetArgDisplayNames("audit entry");
        yield return new TestCaseData("users", "AQAGScBE-ypAAZUPTnwqfTueT1prfI2eD7inYoY").SetArgDisplayNames("user");
        yield return new TestCaseData("jobs", "AQAGScBE-ypAAZUPTnwqfTueT1prfI2eDyHK-Ks").SetArgDisplayNames("job");
    }

    public static IEnumerable<TestCaseData> BadArticleTexts() => BadCursorTexts.Around(ValidArticle, ValidComment);

    public static IEnumerable<TestCaseData> BadCommentTexts() =>
        BadCursorTexts.Around(ValidComment, ValidArticle)
            .Append(new TestCaseData(CursorLists.Articles.Encode(new KeysetCursor<Guid>(CreatedAt, Guid.Empty, 0.5f))).SetArgDisplayNames("a ranked article cursor"));

    public static IEnumerable<TestCaseData> BadAuditTexts() =>
        BadCursorTexts.Around(CursorLists.Audit.Encode(new KeysetCursor<long>(CreatedAt, 42)), ValidComment);

    // Users and jobs cursors share their payload, so each is the other list's cursor of the same bytes.
    public static IEnumerable<TestCaseData> BadUsersTexts() => BadCursorTexts.Around(CursorLists.Users.Encode(UserOrJob), CursorLists.Jobs.Encode(UserOrJob));

    public static IEnumerable<TestCaseData> BadJobsTexts() => BadCursorTexts.Around(CursorLists.Jobs.Encode(UserOrJob), CursorLists.Users.Encode(UserOrJob));

    [TestCaseSource(nameof(IssuedCursors))]
    public void Encode_TheSamePosition_WritesTheTextIssuedBeforeAndReadsItBack(string list, string issued)
    {
        const long AuditId = 9_007_199_254_740_993;
        var (encoded, decodes) = list switch
        {
            "articles" => (CursorLists.Articles.Encode(new(CreatedAt, Id)), CursorLists.Articles.TryDecode(issued, out var article) && article == new KeysetCursor<Guid>(CreatedAt, Id)),
            "articles ranked" => (CursorLists.Articles.Encode(new(CreatedAt, Id, 0.0759909f)), CursorLists.Articles.TryDecode(issued, out var ranked) && ranked == new KeysetCursor<Guid>(CreatedAt, Id, 0.0759909f)),
            "comments" => (CursorLists.Comments.Encode(new(CreatedAt, 42)), CursorLists.Comments.TryDecode(issued, out var comment) && comment == new KeysetCursor<long>(CreatedAt, 42)),
            "audit" => (CursorLists.Audit.Encode(new(CreatedAt, AuditId)), CursorLists.Audit.TryDecode(issued, out var entry) && entry == new KeysetCursor<long>(CreatedAt, AuditId)),
            "users" => (CursorLists.Users.Encode(UserOrJob), CursorLists.Users.TryDecode(issued, out var user) && user == UserOrJob),
            _ => (CursorLists.Jobs.Encode(UserOrJob), CursorLists.Jobs.TryDecode(issued, out var job) && job == UserOrJob),
        };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(encoded, Is.EqualTo(issued));
            Assert.That(decodes, Is.True);
        }
    }

    [TestCaseSource(nameof(ArticleCursors))]
    public void TryDecode_EncodedArticleCursor_GivesTheSameCursorBack(KeysetCursor<Guid> cursor)
    {
        var decoded = CursorLists.Articles.TryDecode(CursorLists.Articles.Encode(cursor), out var result);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decoded, Is.True);
            Assert.That(result, Is.EqualTo(cursor));
            Assert.That(result.Time.Ticks, Is.EqualTo(cursor.Time.Ticks));
            Assert.That(result.Rank, Is.EqualTo(cursor.Rank));
        }
    }

    [TestCaseSource(nameof(CommentCursors))]
    public void TryDecode_EncodedCommentCursor_GivesTheSameCursorBack(KeysetCursor<long> cursor)
    {
        var decoded = CursorLists.Comments.TryDecode(CursorLists.Comments.Encode(cursor), out var result);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decoded, Is.True);
            Assert.That(result, Is.EqualTo(cursor));
            Assert.That(result.Time.Ticks, Is.EqualTo(cursor.Time.Ticks));
        }
    }

    [Test]
    public void TryDecode_EncodedAuditCursor_GivesTheSameCursorBack()
    {
        Assert.That(CursorLists.Audit.TryDecode(CursorLists.Audit.Encode(new KeysetCursor<long>(CreatedAt, 42)), out var decoded), Is.True);
        Assert.That(decoded, Is.EqualTo(new KeysetCursor<long>(CreatedAt, 42)));
    }

    [Test]
    public void TryDecode_EncodedUsersAndJobsCursors_GiveTheSameCursorBack()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(CursorLists.Users.TryDecode(CursorLists.Users.Encode(UserOrJob), out var user), Is.True);
            Assert.That(user, Is.EqualTo(UserOrJob));
            Assert.That(CursorLists.Jobs.TryDecode(CursorLists.Jobs.Encode(UserOrJob), out var job), Is.True);
            Assert.That(job, Is.EqualTo(UserOrJob));
        }
    }

    [Test]
    public void TryDecode_TimeWithAnOffset_GivesTheSameInstantInUtc()
    {
        var createdAt = new DateTimeOffset(2026, 2, 1, 12, 30, 0, TimeSpan.FromHours(2));

        CursorLists.Articles.TryDecode(CursorLists.Articles.Encode(new KeysetCursor<Guid>(createdAt, Id)), out var result);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Time.UtcTicks, Is.EqualTo(createdAt.UtcTicks));
            Assert.That(result.Time.Offset, Is.EqualTo(TimeSpan.Zero));
        }
    }

    [Test]
    public void TryDecode_TimeFinerThanAMicrosecond_KeepsTheWholeMicroseconds()
    {
        CursorLists.Articles.TryDecode(CursorLists.Articles.Encode(new KeysetCursor<Guid>(CreatedAt.AddTicks(7), Id)), out var article);
        CursorLists.Comments.TryDecode(CursorLists.Comments.Encode(new KeysetCursor<long>(CreatedAt.AddTicks(9), 42)), out var comment);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Time, Is.EqualTo(CreatedAt));
            Assert.That(comment.Time, Is.EqualTo(CreatedAt));
        }
    }

    [Test]
    public void Encode_RankedAndUnranked_DifferAndAreUrlSafe()
    {
        var ranked = CursorLists.Articles.Encode(new KeysetCursor<Guid>(CreatedAt, Id, 0.5f));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ranked, Is.Not.EqualTo(ValidArticle));
            Assert.That(ValidArticle, Does.Match("^[A-Za-z0-9_-]+$"));
            Assert.That(ranked, Does.Match("^[A-Za-z0-9_-]+$"));
            Assert.That(Uri.EscapeDataString(ValidArticle), Is.EqualTo(ValidArticle));
            Assert.That(Uri.EscapeDataString(ValidComment), Is.EqualTo(ValidComment));
        }
    }

    [Test]
    public void Encode_ARankForAListThatIsNotRanked_IsRefused()
    {
        Assert.That(() => CursorLists.Comments.Encode(new KeysetCursor<long>(CreatedAt, 42, 0.5f)), Throws.ArgumentException);
    }

    [TestCaseSource(nameof(BadArticleTexts))]
    public void TryDecode_BadArticleText_IsFalseWithoutThrowing(string? text)
    {
        var decoded = true;
        var result = new KeysetCursor<Guid>(CreatedAt, Id);

        Assert.That(() => decoded = CursorLists.Articles.TryDecode(text, out result), Throws.Nothing);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(decoded, Is.False);
            Assert.That(result, Is.EqualTo(default(KeysetCursor<Guid>)));
        }
    }

    [TestCaseSource(nameof(BadCommentTexts))]
    public void TryDecode_BadCommentText_IsFalseWithoutThrowing(string? text)
    {
        var decoded = true;
        var result = new KeysetCursor<long>(CreatedAt, 42);

        Assert.That(() => decoded = CursorLists.Comments.TryDecode(text, out result), Throws.Nothing);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(decoded, Is.False);
            Assert.That(result, Is.EqualTo(default(KeysetCursor<long>)));
        }
    }

    [TestCaseSource(nameof(BadAuditTexts))]
    public void TryDecode_BadAuditText_IsRejected(string? text) => Assert.That(CursorLists.Audit.TryDecode(text, out _), Is.False);

    [TestCaseSource(nameof(BadUsersTexts))]
    public void TryDecode_AnythingButAUsersCursor_IsRefusedByTheUsersList(string? text) =>
        Assert.That(CursorLists.Users.TryDecode(text, out _), Is.False);

    [TestCaseSource(nameof(BadJobsTexts))]
    public void TryDecode_AnythingButAJobsCursor_IsRefusedByTheJobsList(string? text) =>
        Assert.That(CursorLists.Jobs.TryDecode(text, out _), Is.False);

    [Test]
    public void TryDecode_AnArticleCursorOfTheSameBytes_IsRefusedByTheUsersAndJobsLists()
    {
        // Same payload layout as a plain article cursor: only the purpose in the checksum tells them apart.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(CursorLists.Users.TryDecode(ValidArticle, out _), Is.False);
            Assert.That(CursorLists.Jobs.TryDecode(ValidArticle, out _), Is.False);
        }
    }

    [Test]
    public void TryDecode_ARankedCursorOfTheSameBytes_IsRefusedByAListThatIsNotRanked()
    {
        // A users cursor with four rank bytes appended and a valid checksum is still not a users cursor.
        var rankedUsers = new CursorList<Guid>("users", ranked: true).Encode(UserOrJob with { Rank = 0.5f });

        Assert.That(CursorLists.Users.TryDecode(rankedUsers, out _), Is.False);
    }

    [TestCase(float.NaN)]
    [TestCase(float.PositiveInfinity)]
    [TestCase(float.NegativeInfinity)]
    public void TryDecode_NonFiniteRank_IsFalse(float rank)
    {
        Assert.That(CursorLists.Articles.TryDecode(CursorLists.Articles.Encode(new KeysetCursor<Guid>(CreatedAt, Id, rank)), out _), Is.False);
    }
}
