# The ReadinessAction container: GitHub builds this file for every run of the Action (runs.image: Dockerfile).
#
# Publish choice, measured 2026-11-23 (SDK 10.0.401) on local stand-ins of the Microsoft images (Debian bookworm,
# tests/container/make-base-images.sh: runtime-deps 121 MB, runtime 205 MB), uncompressed:
#   framework-dependent on runtime:10.0                      app  3 MB, image ~208 MB   <- chosen
#   self-contained, trimmed on runtime-deps:10.0             app 24 MB, image  146 MB, but the build fails: Handlebars.Net
#                                                            produces trim warnings (IL2104, TrimMode full or partial),
#                                                            and silencing them would leave its reflection unchecked
#   self-contained, untrimmed on runtime-deps:10.0           app 82 MB, image ~203 MB
# Framework-dependent also builds faster (no runtime pack, no trimming) and for the runner's architecture.
# Not a chiseled image: it runs as a non-root user, and a Docker action must run as root to write to the workspace
# and the runner's file commands that GitHub mounts.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from the files that decide it, so that a source change reuses the restored layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ReadinessAction/ReadinessAction.csproj src/ReadinessAction/
RUN dotnet restore src/ReadinessAction/ReadinessAction.csproj

COPY . .
RUN dotnet publish src/ReadinessAction/ReadinessAction.csproj --no-restore -c Release -o /app

# No WORKDIR and no USER: GitHub runs the action as root, with the workspace mounted and set as working directory.
FROM mcr.microsoft.com/dotnet/runtime:10.0
COPY --from=build /app /app
ENTRYPOINT ["/app/readiness", "action"]
