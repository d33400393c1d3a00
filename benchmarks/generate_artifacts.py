#!/usr/bin/env python3
"""Writes very large, realistic test-result and coverage artifacts for benchmarks/artifact-memory.sh.

junit:     a Surefire-style JUnit file with N test cases over many classes; every 10th case fails with a
           stack trace and every 25th (--output-every) carries 4 KB of system-out, so a reader that kept output
           would show it in memory.
cobertura: a Cobertura file of about M megabytes (packages > classes > lines, some with branch coverage).
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=["junit", "cobertura"])
    parser.add_argument("path")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--output-every", type=int, default=25, help="junit: every Nth passing case carries 4 KB of system-out")
    parser.add_argument("--megabytes", type=int, default=1024)
    args = parser.parse_args()
    os.makedirs(os.path.dirname(os.path.abspath(args.path)), exist_ok=True)
    if args.kind == "junit":
        junit(args.path, args.cases, args.output_every)
    else:
        cobertura(args.path, args.megabytes)


if __name__ == "__main__":
    main()
