using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.UnitTests.Common;

public class StorableTextTests
{
    // Built in code: an attribute argument is stored as UTF-8, which turns a lone surrogate into U+FFFD.
    private static readonly TestCaseData[] Unstorable =
    [
        new TestCaseData("\0").SetArgDisplayNames("NUL"),
        new TestCaseData("before\0after").SetArgDisplayNames("NUL inside"),
        new TestCaseData("\uD800").SetArgDisplayNames("high surrogate alone"),
        new TestCaseData("end \uD83D").SetArgDisplayNames("high surrogate at the end"),
        new TestCaseData("\uDC09 start").SetArgDisplayNames("low surrogate alone"),
        new TestCaseData("\uD83D\uD83D\uDC09").SetArgDisplayNames("two highs then a low"),
        new TestCaseData("\uD83D\uDC09\uDC09").SetArgDisplayNames("a pair then a stray low"),
    ];

    [TestCase("")]
    [TestCase("plain ASCII")]
    [TestCase("jöhn 用户 \uFFFD", Description = "BMP letters and the replacement character")]
    [TestCase("dragon \uD83D\uDC09 and \uD83D\uDC32", Description = "surrogate pairs (emoji)")]
    [TestCase("\t\r\n\u0001", Description = "other control characters PostgreSQL stores")]
    public void IsStorable_TextPostgresCanHold_ReturnsTrue(string text)
    {
        Assert.That(StorableText.IsStorable(text), Is.True);
    }

    [TestCaseSource(nameof(Unstorable))]
    public void IsStorable_NulOrUnpairedSurrogate_ReturnsFalse(string text)
    {
        Assert.That(StorableText.IsStorable(text), Is.False);
    }
}
