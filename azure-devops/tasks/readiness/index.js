'use strict';
// The Readiness task: passes the task's inputs and the pipeline's variables to the readiness program as the
// container step template does (INPUT_<NAME>, TF_BUILD, SYSTEM_*, BUILD_*), then runs the container image, or the
// `readiness` dotnet tool where Docker is absent. The program writes the ##vso logging commands itself.
const tl = require('azure-pipelines-task-lib/task');

const INPUTS = ['checklists', 'coverage', 'test_results', 'findings', 'config', 'token', 'comment', 'status_context',
    'template', 'mode', 'report', 'base_branch', 'fail_on'];
const VARIABLES = ['TF_BUILD', 'SYSTEM_COLLECTIONURI', 'SYSTEM_TEAMPROJECT', 'BUILD_REPOSITORY_ID', 'BUILD_REPOSITORY_NAME',
    'BUILD_REPOSITORY_PROVIDER', 'BUILD_REPOSITORY_URI', 'BUILD_SOURCESDIRECTORY', 'BUILD_SOURCEVERSION', 'BUILD_BUILDID',
    'AGENT_TEMPDIRECTORY', 'SYSTEM_PULLREQUEST_PULLREQUESTID', 'SYSTEM_PULLREQUEST_PULLREQUESTNUMBER',
    'SYSTEM_PULLREQUEST_TARGETBRANCH', 'SYSTEM_PULLREQUEST_SOURCECOMMITID', 'GITHUB_TOKEN'];

function environment() {
    const env = {};
    for (const name of VARIABLES) {
        if (process.env[name] !== undefined) {
            env[name] = process.env[name];
        }
    }
    for (const name of INPUTS) {
        env[`INPUT_${name.toUpperCase()}`] = tl.getInput(name, false) || '';
    }
    // A task gets the job token from the agent's connection, without the pipeline mapping System.AccessToken.
    const token = tl.getEndpointAuthorizationParameter('SYSTEMVSSCONNECTION', 'AccessToken', true);
    if (token) {
        tl.setSecret(token);
        env.SYSTEM_ACCESSTOKEN = token;
    }
    env.TF_BUILD = 'True';
    return env;
}

async function run() {
    const env = environment();
    const workspace = env.BUILD_SOURCESDIRECTORY || process.cwd();
    const options = { env: { ...process.env, ...env }, cwd: workspace, ignoreReturnCode: true };
    const docker = tl.which('docker', false);
    const image = tl.getInput('image', false);
    let code;
    if (docker && !image) {
        tl.setResult(tl.TaskResult.Failed, "Docker is available but input 'image' is empty: name the released image (ghcr.io/<owner>/readiness-action:<version>).");
        return;
    }
    if (docker) {
        const tool = tl.tool(docker).arg(['run', '--rm', '--workdir', workspace, '--volume', `${workspace}:${workspace}`]);
        if (env.AGENT_TEMPDIRECTORY) {
            tool.arg(['--volume', `${env.AGENT_TEMPDIRECTORY}:${env.AGENT_TEMPDIRECTORY}`]);
        }
        for (const name of Object.keys(env)) {
            tool.arg(['-e', name]);
        }
        code = await tool.arg(image).exec(options);
    } else {
        const readiness = tl.which('readiness', false);
        if (!readiness) {
            tl.setResult(tl.TaskResult.Failed, 'Neither docker nor the readiness tool is on PATH: install one (dotnet tool install -g ReadinessAction).');
            return;
        }
        code = await tl.tool(readiness).arg('action').exec(options);
    }
    // 0 pass, 1 the gate failed (the program already said so with task.complete), 2 not judged or not published.
    if (code === 0) {
        tl.setResult(tl.TaskResult.Succeeded, 'Readiness gate passed');
    } else {
        tl.setResult(tl.TaskResult.Failed, code === 1 ? 'Readiness gate failed' : `Readiness was not judged or not published (exit ${code}); see the log`);
    }
}

run().catch(error => tl.setResult(tl.TaskResult.Failed, `readiness task crashed: ${error.message}`));
