using CleanBackend.Domain.Common;

namespace CleanBackend.Application.Common.Exceptions;

/// <summary>
/// Lets the pipeline and the HTTP error mapper agree that an unexpected exception is logged once,
/// by whichever of them sees it first.
/// </summary>
public static class ExceptionLogging
{
    private const string LoggedKey = "CleanBackend.Logged";

    public static bool IsExpected(Exception exception) =>
        exception is RequestFailedException or DomainRuleViolationException or OperationCanceledException;

    public static bool IsLogged(Exception exception) => exception.Data.Contains(LoggedKey);

    public static void MarkLogged(Exception exception) => exception.Data[LoggedKey] = true;
}
