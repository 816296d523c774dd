namespace CleanBackend.Domain.Common;

/// <summary>
/// The Conduit wording of broken rules, which front ends show next to the field name. The domain owns it, so an
/// entity that refuses a value and the validator that refused the request first say the same words.
/// </summary>
public static class ValidationMessages
{
    public const string Blank = "can't be blank";
    public const string Invalid = "is invalid";
    public const string NotAJsonObject = "must be a JSON object";

    public static string TooShort(int minimum) => $"is too short (minimum is {minimum} characters)";

    public static string TooLong(int maximum) => $"is too long (maximum is {maximum} characters)";
}
