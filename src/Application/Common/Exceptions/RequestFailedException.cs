namespace CleanBackend.Application.Common.Exceptions;

/// <summary>
/// The base of the failures a caller can cause and correct (bad input, missing rights, unknown
/// resource). They become 4xx responses and are not logged as errors.
/// </summary>
public abstract class RequestFailedException(string message, Exception? innerException = null) : Exception(message, innerException);
