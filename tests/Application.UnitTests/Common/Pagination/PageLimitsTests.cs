using CleanBackend.Application.Common.Pagination;

namespace CleanBackend.Application.UnitTests.Common.Pagination;

public class PageLimitsTests
{
    [TestCase(null, 20)]
    [TestCase(7, 7)]
    [TestCase(0, 0)]
    [TestCase(100, 100)]
    [TestCase(101, 100)]
    [TestCase(500, 100)]
    [TestCase(int.MaxValue, 100)]
    public void Effective_RequestedLimit_IsTheDefaultOrCappedAtTheMaximum(int? requested, int expected)
    {
        Assert.That(PageLimits.Effective(requested), Is.EqualTo(expected));
    }
}
