using CleanBackend.Application.Common.Models;

namespace CleanBackend.Application.UnitTests.Common.Models;

public class FieldNamesTests
{
    [TestCase("Email", "email")]
    [TestCase("email", "email")]
    [TestCase("Article.TagList", "article.tagList")]
    [TestCase("Article.TagList[0]", "article.tagList[0]")]
    [TestCase("", "")]
    public void ToJsonPath_LowersTheFirstLetterOfEverySegment(string memberPath, string expected)
    {
        Assert.That(FieldNames.ToJsonPath(memberPath), Is.EqualTo(expected));
    }
}
