# The ReadinessAction container: GitHub builds this file for every run of the Action (runs.image: Dockerfile).
#
# Publish choice, measured 2026-11-23 (SDK 10.0.401) on local stand-ins of the Microsoft images (Debian bookworm,
# see tests/container/make-base-images.sh; runtime-deps stand-in 121 MB), uncompressed image sizes:
#   self-contained, trimmed (default TrimMode full) on runtime-deps:10.0   app 24 MB, image 146 MB   <- chosen
#   framework-dependent on runtime:10.0                                    app  2 MB, image 207 MB (runtime 79 MB)
#   self-contained, untrimmed on runtime-deps:10.0                         app 82 MB, image ~203 MB
# Trim warnings stay errors (TreatWarningsAsErrors), so code that trimming would break fails this build, and the
# container test (tests/container/run.sh) runs the trimmed app end to end. TrimMode=partial is no fallback: it keeps
# Handlebars.Net and YamlDotNet whole and their IL2104 warnings fail the build. If trimming ever has to go, publish
# framework-dependent onto mcr.microsoft.com/dotnet/runtime:10.0 instead.
# Not the chiseled runtime-deps: it runs as a non-root user, and a Docker action must run as root to write to the
# workspace and the runner's file commands that GitHub mounts.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG RID=linux-x64
WORKDIR /source

# Restore first, from the files that decide it, so that a source change reuses the restored layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ReadinessAction/ReadinessAction.csproj src/ReadinessAction/
RUN dotnet restore src/ReadinessAction/ReadinessAction.csproj -r "$RID" -p:PublishTrimmed=true

COPY . .
RUN dotnet publish src/ReadinessAction/ReadinessAction.csproj --no-restore -c Release -r "$RID" --self-contained \
        -p:PublishTrimmed=true -o /app

# No WORKDIR and no USER: GitHub runs the action as root with the workspace mounted and set as working directory.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
COPY --from=build /app /app
ENTRYPOINT ["/app/readiness", "action"]
