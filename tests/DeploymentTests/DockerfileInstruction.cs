namespace CleanBackend.DeploymentTests;

/// <summary>One Dockerfile instruction with its continuation lines joined: the keyword (upper case) and the rest.</summary>
public sealed record DockerfileInstruction(string Keyword, string Arguments);
