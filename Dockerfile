# The ReadinessAction container: GitHub builds this file for every run of the Action (runs.image: Dockerfile).
#
# Publish choice, measured 2026-11-23 (SDK 10.0.401, linux-x64, 2 cores) on local stand-ins of the Microsoft images
# (tests/container/make-base-images.sh: Debian bookworm with the runtime-deps packages, 121 MB, and the runtime on
# it, 205 MB; Microsoft's 10.0 tags are Ubuntu 24.04, so on GitHub only the app layer is what this table says),
# uncompressed; "start" is `check` on samples/demo:
#   option                                            base           app     image    build   start
#   framework-dependent                               runtime         3 MB   208 MB    17 s   0.35 s
#   self-contained, untrimmed                         runtime-deps   86 MB   208 MB    22 s
#   self-contained, TrimMode=partial                  runtime-deps   32 MB   154 MB    37 s   0.67 s
#     + DebuggerSupport, EventSourceSupport off       runtime-deps   31 MB   153 MB    35 s
#     + one file, compressed                          runtime-deps   16 MB   138 MB    38 s   0.80 s
# Start-up, measured 2026-12-03 with benchmarks/startup.sh on a machine loaded 20-40 on its 2 cores, so in CPU
# seconds (user+sys) of `check` on samples/demo, median of 5 (wall times at that load say nothing):
#   one file                                          app     CPU    gzipped
#   compressed (until 2026-12-03)                    17 MB   1.56 s   9 MB   the trimmed framework is all JIT-compiled
#   ReadyToRun, compressed                           27 MB   0.67 s  19 MB   inflates 46 MB at every start
#   ReadyToRun                                       47 MB   0.41 s  19 MB   <- chosen
# Size, measured 2026-12-03 (this publish into a folder, du -b; image = the 12.8 MB chiseled stand-in + app; start:
# CPU s of `check` on samples/demo, median of 7, interleaved with the first row, at load 15-25), each row adding to
# the one above (the settings are in ReadinessAction.csproj):
#   publish                                                         app       image     start
#   ReadyToRun one file, readiness.pdb beside it (until 2026-12-03) 48.56 MB  61.3 MB   0.32 s
#   DebugType=embedded: the symbols compressed inside the file      47.82 MB            pdb 2.21 MB -> 1.47 MB inside
#   MetricsSupport, HttpActivityPropagationSupport, Http3Support,   47.68 MB  60.4 MB   0.31 s
#     NullabilityInfoContextSupport, BuiltInComInteropSupport,
#     XmlResolverIsNetworkingEnabledByDefault off
#   crossgen2 --Os (ReadyToRun code favouring size)                 47.18 MB  59.9 MB   0.31 s
#   UseSizeOptimizedLinq                                            46.69 MB  59.5 MB   0.42 s vs 0.40-0.45 s at load 25 <-
# The last two rows measured again at load 3 against the same publish without them (alternating, 5-9 runs each, CPU
# s): check 0.24-0.25 s both; evidence on a 50 MB Cobertura 0.50 s both, on a 97 MB JUnit 0.45 s with, 0.52 s
# without (least of 5): the hot methods are recompiled by tiering either way, so the smaller code costs no speed.
# A crash still prints file:line (checked with a temporary throw in the published file). The symbols are mostly the
# source that Roslyn embeds for every generated file (1.2 MB compressed, 0.96 MB the regex generator's for the term
# lists), with no switch to leave it out. The composite ReadyToRun image (22 MB, crossgen2 --mapcsv) is 12.2 MB of
# machine code (3.3 MB the app's, mostly the compiled term lists), 2.8 MB of debug info (the native-to-IL maps that
# the line numbers go through) and GC, unwind and fixup tables. Changed nothing: PublishReadyToRunEmitSymbols=false
# (no r2rmap is emitted unless asked) and PublishReadyToRunExclude (ignored for a composite image, which one file with
# ReadyToRun is); PublishReadyToRunCompositeRoots, to leave framework code the app never reaches uncompiled, fails
# the publish (NETSDK1152, SDK 10.0.401). Kept precompiled: System.Linq.Expressions (Handlebars' templates run in its
# interpreter) and HTTP/TLS, which every Action run uses.
# Rejected: UseSystemResourceKeys (-0.8 MB) turns the framework messages that diagnostics quote into resource keys
# ("Xml_UnexpectedEOFInElementContent, 11, 22"); DebugType=none (-0.4 MB then) drops the line numbers from a crash's
# stack trace; TrimMode=full (-0.4 MB more) would also trim Handlebars.Net, which reflects over the template model;
# compressing the one file slows every start (above).
# ReadyToRun: trimming drops the framework's own precompiled code, so without PublishReadyToRun every framework method
# a run touches is JIT-compiled; it takes 1.1 s of CPU off every run of the Action for 10 MB more to pull, and adds
# the crossgen step to this build, which released versions do not run (they pull the image).
# The trim settings are in ReadinessAction.csproj, only for PublishTrimmed=true. TrimMode=partial trims only the
# assemblies that declare themselves trimmable (the framework, Markdig, Polly, System.CommandLine, the configuration
# libraries): this app, Handlebars.Net and YamlDotNet stay whole, and their IL2104 is the only warning allowed.
# --ucr publishes for the architecture the build runs on, which for an Action is the runner's.
# tests/container/run.sh checks that the image prints what the framework-dependent build prints on the host: check
# and evidence on the demo, the seed checklists and the artifact corpus, and the Action's summary, also through a
# template that walks the model the ways Handlebars.Net reflects over it.
#
# Base, measured 2026-12-03 on the stand-ins (make-base-images.sh; the chiseled ones are cut out of bookworm packages
# by tests/container/chisel-root.sh, slice by slice as Microsoft's chisel does), uncompressed:
#   base                                   holds                                    base  +17 MB app  +46.7 MB app
#   runtime-deps:10.0                      Debian, ICU, tzdata, zlib, apt, a shell  122 MB    139 MB
#   runtime-deps:10.0-noble-chiseled-extra libc, OpenSSL, libstdc++, CA, ICU, tzdata 52 MB     69 MB
#   runtime-deps:10.0-noble-chiseled       libc, OpenSSL, libstdc++, CA bundle       13 MB     30 MB      59.5 MB <-
# The app runs with InvariantGlobalization (Directory.Build.props) and never loads ICU: check printed the same JSON,
# text and Markdown on the demo on all three bases, and ICU with tzdata would be 39 MB unused.
# The chiseled image runs as 'app' (uid 1654), hence USER 0 below: a Docker action must run as root to write to the
# workspace and the runner's file commands that GitHub mounts. It has no shell, so the ENTRYPOINT is exec form.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from the files that decide it, so that a source change reuses the restored layer (with the runtime
# pack, the trimmer and the ReadyToRun compiler that the publish below needs).
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ReadinessAction/ReadinessAction.csproj src/ReadinessAction/
RUN dotnet restore src/ReadinessAction/ReadinessAction.csproj --ucr -p:PublishTrimmed=true -p:PublishReadyToRun=true

COPY . .
RUN dotnet publish src/ReadinessAction/ReadinessAction.csproj --no-restore -c Release --ucr --self-contained \
        -p:PublishTrimmed=true -p:PublishSingleFile=true -p:PublishReadyToRun=true -o /app

# No WORKDIR: GitHub mounts the workspace and sets it as working directory. USER 0: the chiseled image runs as 'app'
# (uid 1654), and a Docker action must run as root to write to the workspace and the runner's file commands.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled
COPY --from=build /app /app
USER 0
ENTRYPOINT ["/app/readiness", "action"]
