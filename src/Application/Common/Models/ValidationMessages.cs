namespace CleanBackend.Application.Common.Models;

/// <summary>The Conduit wording of validation errors, which front ends show next to the field name.</summary>
public static class ValidationMessages
{
    public const string Blank = "can't be blank";
    public const string Invalid = "is invalid";

    public static string TooShort(int minimum) => $"is too short (minimum is {minimum} characters)";

    public static string TooLong(int maximum) => $"is too long (maximum is {maximum} characters)";
}
