#!/usr/bin/env python3
"""Writes very large, realistic test-result and coverage artifacts for benchmarks/artifact-memory.sh.

junit:     a Surefire-style JUnit file with N test cases over many classes; every 10th case fails with a
           stack trace and every 25th (--output-every) carries 4 KB of system-out, so a reader that kept output
           would show it in memory.
cobertura: a Cobertura file of about M megabytes (packages > classes > lines, some with branch coverage).
jacoco:    a JaCoCo XML file of about M megabytes (packages > sourcefiles > lines with mi/ci/mb/cb).
trx:       a TRX file with N unit test results and their definitions.
lcov:      an LCOV tracefile of about M megabytes.
opencover: an OpenCover file of about M megabytes (modules > files, classes > methods > sequence and branch points).
clover:    a Clover file (OpenClover style) of about M megabytes (packages > files > stmt/cond/method lines).
nunit:     an NUnit 3 test-run with N test cases in fixtures under one assembly, failures with message and stack.
xunit:     an xUnit.net v2 assemblies file with N tests in collections, failures with message and stack.
ctrf:      a CTRF JSON report with N tests (failures with message and trace).
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


def opencover(path, megabytes, files_per_module=20, methods=40, points=10):
    """Every file has one class of `methods` methods, each `points` sequence points on consecutive lines and two
    branch points on its first line; the session <Summary> declares exactly what is listed."""
    def method(uid, m):
        first = m * (points + 2) + 1
        sps = "".join(f'                <SequencePoint vc="{0 if (first + p) % 5 == 0 else p + 1}" uspid="{p}" ordinal="{p}" offset="{p * 8}" sl="{first + p}" sc="9" el="{first + p}" ec="30" fileid="{uid}" />\n' for p in range(points))
        bps = "".join(f'                <BranchPoint vc="{b * (m % 2)}" uspid="{points + b}" ordinal="{b}" offset="8" sl="{first}" path="{b}" offsetend="16" fileid="{uid}" />\n' for b in range(2))
        return (f'            <Method visited="true" cyclomaticComplexity="2" sequenceCoverage="80" branchCoverage="50" isConstructor="false" isStatic="false" isGetter="false" isSetter="false">\n'
                f'              <Name>System.Void App.Type{uid}::Method{m}()</Name>\n              <FileRef uid="{uid}" />\n'
                f'              <SequencePoints>\n{sps}              </SequencePoints>\n              <BranchPoints>\n{bps}              </BranchPoints>\n            </Method>\n')
    sample = "".join(method(1, m) for m in range(methods))
    modules = max(1, -(-megabytes * 1024 * 1024 // (len(sample) * files_per_module)))
    files = modules * files_per_module
    seq = files * methods * points
    visited = files * sum(1 for m in range(methods) for p in range(points) if (m * (points + 2) + 1 + p) % 5 != 0)
    branches = files * methods * 2
    visited_branches = files * sum(1 for m in range(methods) if m % 2)
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<CoverageSession xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n')
        out.write(f'  <Summary numSequencePoints="{seq}" visitedSequencePoints="{visited}" numBranchPoints="{branches}" visitedBranchPoints="{visited_branches}" sequenceCoverage="80" branchCoverage="50" />\n  <Modules>\n')
        for index in range(modules):
            uids = range(index * files_per_module + 1, (index + 1) * files_per_module + 1)
            out.write(f'    <Module hash="{index:08X}">\n      <ModulePath>/build/bin/App.Module{index}.dll</ModulePath>\n      <ModuleName>App.Module{index}</ModuleName>\n      <Files>\n')
            out.write("".join(f'        <File uid="{uid}" fullPath="/build/src/Module{index}/Type{uid}.cs" />\n' for uid in uids))
            out.write("      </Files>\n      <Classes>\n")
            for uid in uids:
                out.write(f"        <Class>\n          <FullName>App.Module{index}.Type{uid}</FullName>\n          <Methods>\n")
                out.write("".join(method(uid, m) for m in range(methods)))
                out.write("          </Methods>\n        </Class>\n")
            out.write("      </Classes>\n    </Module>\n")
        out.write("  </Modules>\n</CoverageSession>\n")


def clover(path, megabytes, lines_per_file=400):
    def line(n):
        if n % 40 == 1:
            return f'      <line num="{n}" signature="method{n}() : void" type="method" count="{n % 7}"/>\n'
        if n % 9 == 0:
            return f'      <line num="{n}" type="cond" truecount="{n % 3}" falsecount="{n % 2}"/>\n'
        return f'      <line num="{n}" type="stmt" count="{0 if n % 5 == 0 else n * 3}"/>\n'
    body = "".join(line(n) for n in range(1, lines_per_file + 1))
    files = max(1, megabytes * 1024 * 1024 // (len(body) + 300))
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<coverage generated="1740910800000" clover="4.4.1">\n  <project timestamp="1740910800000" name="bench">\n')
        out.write('    <metrics statements="0" coveredstatements="0" conditionals="0" coveredconditionals="0" methods="0" coveredmethods="0"/>\n')
        for index in range(files):
            if index % 100 == 0:
                if index:
                    out.write("    </package>\n")
                out.write(f'    <package name="com.example.module{index // 100}">\n')
            out.write(f'    <file name="Type{index}.java">\n      <metrics statements="360" coveredstatements="288"/>\n      <class name="Type{index}"><metrics statements="360"/></class>\n{body}    </file>\n')
        out.write("    </package>\n  </project>\n</coverage>\n")


def _outcome(i):
    return "Failed" if i % 10 == 3 else "Skipped" if i % 50 == 7 else "Passed"


def nunit(path, cases, per_fixture=200):
    failed = sum(1 for i in range(cases) if _outcome(i) == "Failed")
    skipped = sum(1 for i in range(cases) if _outcome(i) == "Skipped")
    passed = cases - failed - skipped
    counts = f'total="{cases}" passed="{passed}" failed="{failed}" warnings="0" inconclusive="0" skipped="{skipped}"'
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        out.write(f'<?xml version="1.0" encoding="utf-8" standalone="no"?>\n<test-run id="0" testcasecount="{cases}" result="Failed" {counts} engine-version="3.16.3.0" duration="12.5">\n')
        out.write(f'  <test-suite type="Assembly" id="0-1" name="App.Tests.dll" fullname="/src/App.Tests/bin/App.Tests.dll" runstate="Runnable" testcasecount="{cases}" result="Failed" {counts}>\n')
        for first in range(0, cases, per_fixture):
            fixture = f"App.Module{first // 10000}.Feature{first // per_fixture}Tests"
            out.write(f'    <test-suite type="TestFixture" id="0-f{first}" name="Feature{first // per_fixture}Tests" fullname="{fixture}" classname="{fixture}" runstate="Runnable" result="Passed">\n')
            for i in range(first, min(cases, first + per_fixture)):
                outcome = _outcome(i)
                attrs = f'id="0-{i}" name="Behaves_as_specified_{i}" fullname="{fixture}.Behaves_as_specified_{i}" methodname="Behaves_as_specified_{i}" classname="{fixture}" runstate="Runnable" seed="{i * 7919}" result="{outcome}" duration="0.00{i % 10}" asserts="1"'
                if outcome == "Failed":
                    out.write(f'      <test-case {attrs}>\n        <failure>\n          <message><![CDATA[Expected: {i} But was: {i + 1}]]></message>\n          <stack-trace><![CDATA[{STACK}]]></stack-trace>\n        </failure>\n      </test-case>\n')
                elif outcome == "Skipped":
                    out.write(f'      <test-case {attrs}>\n        <reason>\n          <message><![CDATA[not on this platform]]></message>\n        </reason>\n      </test-case>\n')
                elif i % 25 == 6:
                    out.write(f'      <test-case {attrs}>\n        <output><![CDATA[{OUTPUT}]]></output>\n      </test-case>\n')
                else:
                    out.write(f'      <test-case {attrs} />\n')
            out.write("    </test-suite>\n")
        out.write("  </test-suite>\n</test-run>\n")


def xunit(path, cases, per_collection=200):
    xresult = {"Failed": "Fail", "Skipped": "Skip", "Passed": "Pass"}
    failed = sum(1 for i in range(cases) if _outcome(i) == "Failed")
    skipped = sum(1 for i in range(cases) if _outcome(i) == "Skipped")
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<assemblies timestamp="03/02/2025 10:40:12">\n')
        out.write(f'  <assembly name="/src/App.Tests/bin/App.Tests.dll" run-date="2025-03-02" run-time="10:40:11" total="{cases}" passed="{cases - failed - skipped}" failed="{failed}" skipped="{skipped}" time="12.5" errors="0" test-framework="xUnit.net 2.9.3.0">\n    <errors />\n')
        for first in range(0, cases, per_collection):
            klass = f"App.Module{first // 10000}.Feature{first // per_collection}Tests"
            out.write(f'    <collection total="{min(per_collection, cases - first)}" name="Test collection for {klass}" time="0.3">\n')
            for i in range(first, min(cases, first + per_collection)):
                outcome = _outcome(i)
                attrs = f'name="{klass}.Behaves_as_specified_{i}" type="{klass}" method="Behaves_as_specified_{i}" time="0.00{i % 10}" result="{xresult[outcome]}"'
                if outcome == "Failed":
                    out.write(f'      <test {attrs}>\n        <failure exception-type="Xunit.Sdk.EqualException">\n          <message><![CDATA[Assert.Equal() Failure: expected {i}]]></message>\n          <stack-trace><![CDATA[{STACK}]]></stack-trace>\n        </failure>\n      </test>\n')
                elif outcome == "Skipped":
                    out.write(f'      <test {attrs}>\n        <reason><![CDATA[not on this platform]]></reason>\n      </test>\n')
                elif i % 25 == 6:
                    out.write(f'      <test {attrs}>\n        <traits>\n          <trait name="Category" value="Slow" />\n        </traits>\n        <output><![CDATA[{OUTPUT}]]></output>\n      </test>\n')
                else:
                    out.write(f'      <test {attrs} />\n')
            out.write("    </collection>\n")
        out.write("  </assembly>\n</assemblies>\n")


def ctrf(path, cases):
    status = {"Failed": "failed", "Skipped": "skipped", "Passed": "passed"}
    counts = {k: sum(1 for i in range(cases) if status[_outcome(i)] == k) for k in ("passed", "failed", "skipped")}
    trace = STACK.replace("\t", "").replace("\n", "\\n")
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        out.write('{\n  "reportFormat": "CTRF",\n  "specVersion": "0.0.0",\n  "results": {\n    "tool": {\n      "name": "jest"\n    },\n')
        out.write(f'    "summary": {{\n      "tests": {cases},\n      "passed": {counts["passed"]},\n      "failed": {counts["failed"]},\n      "pending": 0,\n      "skipped": {counts["skipped"]},\n      "other": 0,\n      "start": 1740910800000,\n      "stop": 1740910812500\n    }},\n    "tests": [\n')
        for i in range(cases):
            s = status[_outcome(i)]
            extra = f',\n        "message": "expected {i} but was {i + 1}",\n        "trace": "{trace}"' if s == "failed" else ""
            comma = "," if i + 1 < cases else ""
            out.write(f'      {{\n        "name": "feature {i // 200} behaves as specified {i}",\n        "duration": {i % 10},\n        "status": "{s}",\n        "rawStatus": "{s}",\n        "type": "unit",\n'
                      f'        "filePath": "src/module{i // 10000}/feature{i // 200}.test.js",\n        "retries": 0,\n        "flaky": false,\n        "suite": "feature{i // 200}.test.js > feature {i // 200}"{extra}\n      }}{comma}\n')
        out.write("    ]\n  }\n}\n")


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
    parser.add_argument("kind", choices=["junit", "cobertura", "jacoco", "trx", "lcov", "opencover", "clover", "nunit", "xunit", "ctrf", "checklist"])
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
    elif args.kind in ("opencover", "clover"):
        globals()[args.kind](args.path, args.megabytes)
    elif args.kind in ("nunit", "xunit", "ctrf"):
        globals()[args.kind](args.path, args.cases)
    else:
        checklist(args.path, args.megabytes, args.items)


if __name__ == "__main__":
    main()
