#!/usr/bin/env python3
"""Writes very large, realistic test-result and coverage artifacts for benchmarks/artifact-memory.sh.

junit:     a Surefire-style JUnit file with N test cases over many classes; every 10th case fails with a
           stack trace and every 25th (--output-every) carries 4 KB of system-out, so a reader that kept output
           would show it in memory.
cobertura: a Cobertura file of about M megabytes (packages > classes > lines, some with branch coverage).
jacoco:    a JaCoCo XML file of about M megabytes (packages > sourcefiles > lines with mi/ci/mb/cb).
trx:       a TRX file with N unit test results and their definitions.
lcov:      an LCOV tracefile of about M megabytes.
checklist: a Markdown checklist of about M megabytes with N checklist items (claims on most of them).
"""
import argparse
import os

STACK = "".join(f"\tat com.example.module{d}.Service.call(Service.java:{d * 7})\n" for d in range(40))
OUTPUT = "log line with some payload 0123456789 abcdefghijklmnopqrstuvwxyz\n" * 60


def junit(path, cases, output_every=25, per_class=200):
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n')
        for first in range(0, cases, per_class):
            cls = f"com.example.module{first // 10000}.Feature{first // per_class}Test"
            count = min(per_class, cases - first)
            out.write(f'  <testsuite name="{cls}" tests="{count}" time="1.5">\n')
            for i in range(first, first + count):
                out.write(f'    <testcase classname="{cls}" name="behaves_as_specified_{i}" time="0.00{i % 10}"')
                if i % 10 == 3:
                    out.write(f'>\n      <failure message="expected {i} but was {i + 1}" type="java.lang.AssertionError"><![CDATA[java.lang.AssertionError: expected {i}\n{STACK}]]></failure>\n')
                    out.write("    </testcase>\n")
                elif i % output_every == output_every // 4:
                    out.write(f">\n      <system-out><![CDATA[{OUTPUT}]]></system-out>\n    </testcase>\n")
                else:
                    out.write("/>\n")
            out.write("  </testsuite>\n")
        out.write("</testsuites>\n")


def cobertura_package(index, lines_per_class=400, classes=100):
    """One package as text, with its (lines valid, lines covered, branches valid, branches covered)."""
    package = f"app.module{index}"
    parts = [f'    <package name="{package}" line-rate="0.8" branch-rate="0.7" complexity="0">\n      <classes>\n']
    totals = [0, 0, 0, 0]
    for k in range(classes):
        klass = index * classes + k
        parts.append(f'        <class name="{package}.Type{klass}" filename="module{index}/Type{klass}.cs" line-rate="0.8" branch-rate="0.7" complexity="1">\n')
        parts.append("          <methods/>\n          <lines>\n")
        for line in range(1, lines_per_class + 1):
            hits = 0 if line % 5 == 0 else line * 3
            totals[0] += 1
            totals[1] += 1 if hits else 0
            if line % 9 == 0:
                covered = 1 if hits else 0
                totals[2] += 2
                totals[3] += covered
                parts.append(f'            <line number="{line}" hits="{hits}" branch="true" condition-coverage="{covered * 50}% ({covered}/2)"/>\n')
            else:
                parts.append(f'            <line number="{line}" hits="{hits}" branch="false"/>\n')
        parts.append("          </lines>\n        </class>\n")
    parts.append("      </classes>\n    </package>\n")
    return "".join(parts), totals


def cobertura(path, megabytes):
    # Every package has the same shape, so the header totals are known before the first package is written.
    sample, per_package = cobertura_package(0)
    packages = max(1, -(-megabytes * 1024 * 1024 // len(sample.encode("utf-8"))))
    valid, covered, branches, branches_covered = (n * packages for n in per_package)
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        out.write('<?xml version="1.0" ?>\n<!-- generated for benchmarks -->\n')
        out.write(f'<coverage line-rate="{covered / valid:.4f}" branch-rate="{branches_covered / branches:.4f}" lines-covered="{covered}" '
                  f'lines-valid="{valid}" branches-covered="{branches_covered}" branches-valid="{branches}" complexity="0" version="1.9" timestamp="1740910800">\n')
        out.write("  <sources>\n    <source>/src</source>\n  </sources>\n  <packages>\n")
        for index in range(packages):
            out.write(cobertura_package(index)[0])
        out.write("  </packages>\n</coverage>\n")


def jacoco(path, megabytes):
    sample = "".join(f'      <line nr="{n}" mi="{n % 3}" ci="{(n * 7) % 11}" mb="{n % 2}" cb="{n % 3}"/>\n' for n in range(1, 401))
    files = max(1, megabytes * 1024 * 1024 // (len(sample) + 200))
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        out.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<report name="bench">\n')
        out.write('  <sessioninfo id="bench" start="1740910800000" dump="1740910801000"/>\n')
        for index in range(files):
            if index % 100 == 0:
                if index:
                    out.write("  </package>\n")
                out.write(f'  <package name="app/module{index // 100}">\n')
            out.write(f'    <sourcefile name="Type{index}.java">\n{sample}      <counter type="LINE" missed="133" covered="267"/>\n    </sourcefile>\n')
        out.write("  </package>\n</report>\n")


def trx(path, cases):
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<TestRun id="00000000-0000-0000-0000-000000000000" name="bench" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">\n  <Results>\n')
        for i in range(cases):
            outcome = "Failed" if i % 10 == 3 else "NotExecuted" if i % 50 == 7 else "Passed"
            out.write(f'    <UnitTestResult executionId="e{i:08d}" testId="t{i:08d}" testName="Behaves_as_specified_{i}" duration="00:00:00.0010000" outcome="{outcome}" testType="13cdc9d9-ddb5-4fa4-a97d-d965ccfc6d4b" testListId="8c84fa94-04c1-424b-9868-57a2d4851a1d">')
            out.write('<Output><ErrorInfo><Message>expected 1</Message></ErrorInfo></Output></UnitTestResult>\n' if outcome == "Failed" else "</UnitTestResult>\n")
        out.write("  </Results>\n  <TestDefinitions>\n")
        for i in range(cases):
            out.write(f'    <UnitTest name="Behaves_as_specified_{i}" id="t{i:08d}"><TestMethod className="App.Module{i // 1000}.FeatureTests" name="Behaves_as_specified_{i}"/></UnitTest>\n')
        out.write("  </TestDefinitions>\n</TestRun>\n")


def lcov(path, megabytes):
    block = "".join(f"DA:{n},{0 if n % 5 == 0 else n * 3}\n" for n in range(1, 401))
    files = max(1, megabytes * 1024 * 1024 // (len(block) + 60))
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        for index in range(files):
            out.write(f"TN:\nSF:src/module{index // 100}/file{index}.js\n{block}LF:400\nLH:320\nend_of_record\n")


def checklist(path, megabytes, items):
    filler = "Notes: the owning team reviewed this line with the on-call engineer and the release manager. " * 8
    per_item = max(0, megabytes * 1024 * 1024 // max(1, items) - 42)
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        out.write("# Production Readiness\n\n")
        for i in range(items):
            if i % 200 == 0:
                out.write(f"\n## Area {i // 200} ({i % 7 + 3}/10)\n\n")
            mark = "x" if i % 3 else " "
            shape = i % 4
            claim = [f"{60 + i % 40}% coverage", f"{i % 500 + 10} tests passing", f"{i % 30}/{i % 30 + 2} checks", "docs/RUNBOOK.md exists"][shape]
            out.write(f"- [{mark}] Item {i}: {claim}. {filler[:per_item]}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=["junit", "cobertura", "jacoco", "trx", "lcov", "checklist"])
    parser.add_argument("path")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--output-every", type=int, default=25, help="junit: every Nth passing case carries 4 KB of system-out")
    parser.add_argument("--megabytes", type=int, default=1024)
    parser.add_argument("--items", type=int, default=20_000)
    args = parser.parse_args()
    os.makedirs(os.path.dirname(os.path.abspath(args.path)), exist_ok=True)
    if args.kind == "junit":
        junit(args.path, args.cases, args.output_every)
    elif args.kind == "cobertura":
        cobertura(args.path, args.megabytes)
    elif args.kind == "jacoco":
        jacoco(args.path, args.megabytes)
    elif args.kind == "trx":
        trx(args.path, args.cases)
    elif args.kind == "lcov":
        lcov(args.path, args.megabytes)
    else:
        checklist(args.path, args.megabytes, args.items)


if __name__ == "__main__":
    main()
