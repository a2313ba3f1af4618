export const id = 833;
export const ids = [833];
export const modules = {

/***/ 7833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadSarif: () => (/* binding */ uploadSarif),
/* harmony export */   uploadTarget: () => (/* binding */ uploadTarget)
/* harmony export */ });
/* unused harmony export uploadBody */
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44942);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var _lint_project_info_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40205);





/** Works out repository, commit and ref from the runner's environment, or says what is missing. */
function uploadTarget(env, workspace) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length)
        return 'GITHUB_REPOSITORY is not set to owner/name';
    let commitSha = env.GITHUB_SHA ?? '';
    let ref = env.GITHUB_REF ?? '';
    if (!/^[0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?$/.test(commitSha))
        return 'GITHUB_SHA is not a commit SHA';
    if (!/^refs\/(heads|tags|pull)\//.test(ref))
        return `GITHUB_REF "${ref}" is not a branch, tag or pull request ref`;
    // On pull_request events GITHUB_SHA is the merge commit. When the workflow checked out the
    // pull request's head instead, the analysis belongs to refs/pull/N/head at that commit, as
    // codeql-action's upload decides.
    const merge = /^refs\/pull\/(\d+)\/merge$/.exec(ref);
    if (merge) {
        const head = checkedOutCommit(workspace);
        if (head && head.toLowerCase() !== commitSha.toLowerCase()) {
            ref = `refs/pull/${merge[1]}/head`;
            commitSha = head;
        }
    }
    return {
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        owner,
        repo,
        commitSha,
        ref,
        checkoutUri: directoryUri(workspace),
    };
}
/** The request body the endpoint takes: the SARIF gzipped then base64-encoded. */
function uploadBody(sarifText, target, startedAt) {
    return {
        commit_sha: target.commitSha,
        ref: target.ref,
        sarif: (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.gzipSync)(sarifText).toString('base64'),
        checkout_uri: target.checkoutUri,
        started_at: startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        tool_name: _lint_project_info_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL */ .j.name,
    };
}
async function uploadSarif(sarifText, target, token, startedAt) {
    if (!token) {
        return { ok: false, status: undefined, message: 'no token: set the "token" input (it defaults to the workflow token)' };
    }
    const url = `${target.apiUrl}/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}/code-scanning/sarifs`;
    const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq(`${_lint_project_info_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL */ .j.name}/${_lint_project_info_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL */ .j.version}`);
    let status;
    let text = '';
    try {
        const res = await client.post(url, JSON.stringify(uploadBody(sarifText, target, startedAt)), {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'x-github-api-version': '2022-11-28',
        });
        status = res.message.statusCode;
        text = await res.readBody();
    }
    catch (err) {
        return { ok: false, status: undefined, message: `could not reach ${target.apiUrl}: ${err instanceof Error ? err.message : String(err)}` };
    }
    finally {
        client.dispose();
    }
    const body = parseJson(text);
    const said = typeof body?.message === 'string' ? ` GitHub said: "${body.message}".` : '';
    if (status === 202 || status === 200 || status === 201) {
        const id = typeof body?.id === 'string' ? body.id : '';
        return { ok: true, id, url: typeof body?.url === 'string' ? body.url : undefined, message: `uploaded to ${target.ref} at ${target.commitSha.slice(0, 12)} (id ${id || 'unknown'})` };
    }
    if (status === 403) {
        return {
            ok: false,
            status,
            message: `code scanning refused the upload (403).${said} The job needs "permissions: security-events: write" ` +
                '(and "contents: read", "actions: read" in private repositories); pull requests from forks and Dependabot ' +
                'runs only get a read-only token, so skip the upload there; private repositories also need GitHub Code Security.',
        };
    }
    if (status === 404) {
        return {
            ok: false,
            status,
            message: `code scanning upload answered 404.${said} The repository was not found with this token, or code scanning is not available for it (private repositories need GitHub Code Security); check GITHUB_API_URL and the "token" input.`,
        };
    }
    if (status === 413) {
        return { ok: false, status, message: `code scanning refused the upload as too large (413).${said}` };
    }
    return { ok: false, status, message: `code scanning upload failed with HTTP ${status ?? 'no status'}.${said}` };
}
function checkedOutCommit(workspace) {
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.execFileSync)('git', ['rev-parse', 'HEAD'], { cwd: workspace, stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
        const sha = out.toString('utf8').trim();
        return /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
function directoryUri(dir) {
    const href = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(dir).href;
    return href.endsWith('/') ? href : `${href}/`;
}
function parseJson(text) {
    try {
        const v = JSON.parse(text);
        return v && typeof v === 'object' ? v : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
