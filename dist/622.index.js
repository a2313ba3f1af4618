export const id = 622;
export const ids = [622];
export const modules = {

/***/ 56622:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ArtifactError: () => (/* binding */ ArtifactError),
/* harmony export */   uploadPackageArtifact: () => (/* binding */ uploadPackageArtifact)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38150);




class ArtifactError extends Error {
}
/** Characters the artifact service refuses in names. */
const BAD_NAME = /["':<>|*?\\/\r\n]/;
/**
 * Uploads a .cspkg as a workflow artifact without re-zipping it (`skipArchive`): the artifact
 * downloads as the package itself. With skipArchive the artifact takes the file's name, so the
 * package is copied to `<name>.cspkg` in a private folder first.
 */
async function uploadPackageArtifact(options) {
    const env = options.env ?? process.env;
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        throw new ArtifactError('cannot upload the artifact: ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set. The artifact service is only reachable from a JavaScript action step on a GitHub runner; outside one, set upload-artifact: false and keep package-path');
    }
    const name = options.name.endsWith('.cspkg') ? options.name : `${options.name}.cspkg`;
    if (BAD_NAME.test(name)) {
        throw new ArtifactError(`artifact name "${name}" contains a character the artifact service refuses (" : < > | * ? \\ / or a line break)`);
    }
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'cloudservice-artifact-'));
    try {
        const staged = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(options.file, staged);
        const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__/* .DefaultArtifactClient */ .t9();
        let result;
        try {
            result = await client.uploadArtifact(name, [staged], dir, {
                skipArchive: true,
                ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
            });
        }
        catch (err) {
            throw new ArtifactError(explain(err, name));
        }
        if (result.id === undefined || !result.digest) {
            throw new ArtifactError(`the artifact service accepted "${name}" but returned no id or digest; the upload cannot be confirmed`);
        }
        return {
            id: result.id,
            digest: result.digest,
            size: result.size ?? 0,
            name,
            url: runUrl(env, result.id),
        };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    }
}
function explain(err, name) {
    if (err instanceof _actions_artifact__WEBPACK_IMPORTED_MODULE_3__/* .GHESNotSupportedError */ .jK) {
        return 'cannot upload the artifact: GitHub Enterprise Server does not support this version of the artifact service; set upload-artifact: false and upload package-path with actions/upload-artifact@v3-node20 or another step';
    }
    const message = err instanceof Error ? err.message : String(err);
    if (/\(409\)|already.?exists/i.test(message)) {
        return `an artifact named "${name}" already exists in this workflow run; set artifact-name to a unique name (for example include the matrix value) or delete the earlier artifact`;
    }
    return `the artifact upload of "${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(name)}" failed: ${message}`;
}
function runUrl(env, id) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return undefined;
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}


/***/ })

};
