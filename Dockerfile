# Multi-stage build of the API. The same image runs the API (default) and the one-shot
# `migrate` and `seed` commands (docker run IMAGE migrate).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Domain/CleanBackend.Domain.csproj src/Domain/
COPY src/Application/CleanBackend.Application.csproj src/Application/
COPY src/Infrastructure/CleanBackend.Infrastructure.csproj src/Infrastructure/
COPY src/WebApi/CleanBackend.WebApi.csproj src/WebApi/
RUN dotnet restore src/WebApi/CleanBackend.WebApi.csproj
COPY src/ src/
RUN dotnet publish src/WebApi/CleanBackend.WebApi.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_NOLOGO=1
EXPOSE 8080
# The aspnet image has no curl: the API binary probes itself.
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=3 \
    CMD ["dotnet", "CleanBackend.WebApi.dll", "healthcheck"]
# The image's unprivileged user (uid 1654), also required by the Kubernetes manifests.
USER app
ENTRYPOINT ["dotnet", "CleanBackend.WebApi.dll"]
