namespace CleanBackend.Application.Common.Models;

public static class FieldNames
{
    /// <summary>Clients see JSON names, so a member path like "Article.TagList[0]" is reported as "article.tagList[0]".</summary>
    public static string ToJsonPath(string memberPath) =>
        string.Join('.', memberPath.Split('.').Select(segment =>
            segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
