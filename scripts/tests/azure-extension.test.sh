#!/usr/bin/env bash
# Packages the Azure DevOps extension (azure-devops/) into a .vsix with tfx-cli, which also validates the task
# (id, name, friendlyName, instanceNameFormat, handler target), then checks the package: manifest identity, the task
# and its Node dependencies inside, task inputs and outputs the same as action.yml's, and the step template's
# parameters the same as the task's inputs. Not published from here.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL azure extension: $*"; exit 1; }

npm ci --prefix azure-devops --no-audit --no-fund --ignore-scripts >"$work/npm.log" 2>&1 || { cat "$work/npm.log"; fail "npm ci azure-devops"; }
npm ci --prefix azure-devops/tasks/readiness --omit=dev --no-audit --no-fund --ignore-scripts >"$work/npm-task.log" 2>&1 \
    || { cat "$work/npm-task.log"; fail "npm ci azure-devops/tasks/readiness"; }
node --check azure-devops/tasks/readiness/index.js || fail "index.js does not parse"
node azure-devops/node_modules/tfx-cli/_build/tfx-cli.js extension create --root azure-devops --manifest-globs vss-extension.json \
    --output-path "$work/readiness.vsix" --no-prompt --no-color >"$work/tfx.log" 2>&1 || { cat "$work/tfx.log"; fail "tfx extension create"; }
grep -q "Completed operation: create extension" "$work/tfx.log" || { cat "$work/tfx.log"; fail "tfx did not create the extension"; }

node - "$work/readiness.vsix" <<'JS' || fail "package contents"
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const [vsix] = process.argv.slice(2);
const buffer = fs.readFileSync(vsix);
// The central directory lists every entry: read names and inflate the two we check.
const entries = {};
let end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
let offset = buffer.readUInt32LE(end + 16);
for (let i = 0; i < buffer.readUInt16LE(end + 10); i++) {
  const nameLength = buffer.readUInt16LE(offset + 28);
  const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
  entries[name] = { method: buffer.readUInt16LE(offset + 10), size: buffer.readUInt32LE(offset + 20), local: buffer.readUInt32LE(offset + 42) };
  offset += 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
}
function read(name) {
  const e = entries[name];
  if (!e) throw new Error(`${name} is not in the package`);
  const start = e.local + 30 + buffer.readUInt16LE(e.local + 26) + buffer.readUInt16LE(e.local + 28);
  const data = buffer.subarray(start, start + e.size);
  return (e.method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
}
const check = (ok, message) => { if (!ok) { console.error(`FAIL: ${message}`); process.exitCode = 1; } };
const manifest = read('extension.vsixmanifest');
check(/<Identity[^>]*Id="readiness"[^>]*Publisher="readiness-action"/.test(manifest), 'manifest identity readiness / readiness-action');
const task = JSON.parse(read('tasks/readiness/task.json'));
check(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(task.id), 'task id is a GUID');
check(task.execution && task.execution.Node20_1 && task.execution.Node20_1.target === 'index.js', 'task runs index.js on Node 20');
check('tasks/readiness/index.js' in entries, 'index.js is packaged');
check(Object.keys(entries).some(n => n.startsWith('tasks/readiness/node_modules/azure-pipelines-task-lib/')), 'azure-pipelines-task-lib is packaged');
for (const input of task.inputs) {
  check(input.name && input.label && ['string', 'multiLine', 'boolean', 'pickList'].includes(input.type), `input ${input.name} has name, label and a known type`);
}
// The same inputs as action.yml (publish mode's pull_request and head_sha excepted), plus the image to run.
const action = fs.readFileSync('action.yml', 'utf8');
const block = (name) => action.split(new RegExp(`^${name}:\\n`, 'm'))[1].split(/^\S/m)[0];
const names = (text) => [...text.matchAll(/^  ([a-z_]+):/gm)].map(m => m[1]);
const expected = names(block('inputs')).filter(n => n !== 'pull_request' && n !== 'head_sha').concat(['image']);
check(JSON.stringify(task.inputs.map(i => i.name)) === JSON.stringify(expected), `task inputs ${task.inputs.map(i => i.name)} != ${expected}`);
check(JSON.stringify(task.outputVariables.map(o => o.name)) === JSON.stringify(names(block('outputs'))), 'task outputs are action.yml outputs');
const template = fs.readFileSync('azure-pipelines/readiness.yml', 'utf8');
const parameters = [...template.matchAll(/^  - name: ([a-z_]+)$/gm)].map(m => m[1]).filter(n => n !== 'condition');
check(JSON.stringify(parameters.sort()) === JSON.stringify([...expected].sort()), `template parameters ${parameters} mirror the task inputs`);
JS
echo "azure extension: readiness.vsix packaged and checked ($(stat -c %s "$work/readiness.vsix") bytes)"
