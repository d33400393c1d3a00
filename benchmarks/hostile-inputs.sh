#!/usr/bin/env bash
# Prints the time, peak RSS and report size of `readiness check` on generated hostile inputs (issue 13, section 3):
# long lines of `87% `, a multi-megabyte checklist of claim lines, 4,850 against 9,700 claim lines (linear means
# about twice the time, not seven), and a configuration of 15,000 scopes over samples/demo. Figures are printed,
# never asserted: absolute times move with the machine and its load; compare the rows of one run.
#
#   benchmarks/hostile-inputs.sh            (BENCH_DIR keeps the generated workspaces; APP=path/to/readiness.dll;
#                                            ONLY="scopes-15000 line-5m" runs some rows)
set -euo pipefail
cd "$(dirname "$0")/.."
work="${BENCH_DIR:-$(mktemp -d -t readiness-hostile.XXXXXX)}"
mkdir -p "$work"
if [[ -z ${APP:-} ]]; then
    dotnet build src/ReadinessAction/ReadinessAction.csproj -c Release -o "$work/app" --nologo -v quiet >/dev/null
    APP="$work/app/readiness.dll"
fi

# workspace NAME: an empty workspace whose checklist is written by the caller to $work/NAME/readiness.md
workspace() { rm -rf "${work:?}/$1"; mkdir -p "$work/$1"; echo "$work/$1"; }

python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
def checklist(name, text):
    os.makedirs(f"{work}/{name}", exist_ok=True)
    with open(f"{work}/{name}/readiness.md", "w", encoding="utf-8") as f:
        f.write(text)
line = lambda kb: "# Readiness\n\n- [x] Unit test coverage " + "87% " * (kb * 1024 // 4) + "\n"
checklist("line-40k", line(40))
checklist("line-100k", line(100))
checklist("line-5m", line(5 * 1024))
claim = "- [x] Unit tests: 87% coverage, 144 tests passing, 24/27 resilience tests\n"
one = "- [x] 87% unit test coverage\n"
checklist("lines-2425", "# Readiness\n\n" + one * 2425)
checklist("lines-4850", "# Readiness\n\n" + one * 4850)
checklist("lines-9700", "# Readiness\n\n" + one * 9700)
checklist("checklist-7.9m", "# Readiness\n\n" + claim * (int(7.9 * 1024 * 1024) // len(claim)))
PY

rm -rf "$work/scopes-15000" && cp -r samples/demo "$work/scopes-15000"
python3 - "$work/scopes-15000/.github/readiness.yml" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
extra = "".join(f'  a{i:05d}: {{ paths: ["src/a{i:05d}/**"] }}\n' for i in range(15000))  # under the 1 MB limit
open(path, "w", encoding="utf-8").write(text.replace("scopes:\n", "scopes:\n" + extra, 1))
PY

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version), $(date -u +%Y-%m-%dT%H:%MZ)"
printf '| %-16s | %10s | %9s | %8s | %12s | %11s | %s\n' input "input KB" seconds "CPU s" "peak RSS MB" "report KB" "exit / diagnostics"
printf '|%s|%s|%s|%s|%s|%s|%s\n' ------------------ ------------ ----------- ---------- -------------- ------------- -------------------
for name in ${ONLY:-line-40k line-100k line-5m lines-2425 lines-4850 lines-9700 checklist-7.9m scopes-15000}; do
    dir="$work/$name"
    bytes=$(du -sk --exclude=artifacts "$dir" | cut -f1)
    [[ -f $dir/readiness.md ]] && bytes=$(( $(stat -c %s "$dir/readiness.md") / 1024 ))
    [[ $name == scopes-* ]] && bytes=$(( $(stat -c %s "$dir/.github/readiness.yml") / 1024 ))
    rm -f "$work/$name.json"
    set +e
    /usr/bin/time -o "$work/$name.time" -f '%e %U %S %M' timeout "${BENCH_TIMEOUT:-300}" \
        dotnet "$APP" check --workspace "$dir" --format json --output "$work/$name.json" >"$work/$name.out" 2>"$work/$name.err"
    rc=$?
    set -e
    read -r wall user sys rss <<<"$(tail -1 "$work/$name.time")"
    [[ $rc == 124 ]] && wall=">${BENCH_TIMEOUT:-300}"
    report=$( [[ -f $work/$name.json ]] && echo $(( $(stat -c %s "$work/$name.json") / 1024 )) || echo - )
    codes=$( (grep -ohE '(too-many-[a-z]+|timeout)' "$work/$name.out" "$work/$name.err" "$work/$name.json" 2>/dev/null || true) | sort -u | tr '\n' ' ')
    printf '| %-16s | %10s | %9s | %8s | %12s | %11s | %s %s\n' "$name" "$bytes" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" "$((rss / 1024))" "$report" "$rc" "$codes"
done
