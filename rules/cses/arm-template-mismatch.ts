import { defineRule, listNames, type FileFacts, type Service } from '../../src/lint/rule-api.js';
import { joinPath } from '../lib/files.js';
import { help } from '../lib/help.js';
import { items, member, parseJson, type JsonNode } from '../lib/json.js';

const HEAD = 64 * 1024;
/** Folders beside a service where deployment templates usually live. */
const TEMPLATE_DIRS = /^(arm|templates?|deploy(ment)?s?|infra(structure)?|azure|iac)$/i;

/** Which file each parsed node came from. */
const FILE_OF = new WeakMap<JsonNode, string>();

function register(n: JsonNode, file: string): void {
  FILE_OF.set(n, file);
  if (n.kind === 'object') for (const [, v] of n.entries) register(v, file);
  else if (n.kind === 'array') for (const v of n.items) register(v, file);
}

interface Template {
  readonly file: string;
  readonly root: JsonNode;
  readonly parameters: ReadonlyMap<string, JsonNode>;
}

export default defineRule({
  meta: {
    id: 'CSES-arm-template-mismatch',
    shortDescription: 'An ARM template for the cloud service disagrees with the service files',
    fullDescription:
      'An extended-support deployment is an ARM resource (Microsoft.Compute/cloudServices) next to the package and configuration. Its roleProfile must list the same roles as the definition, each role\'s sku.name must be the vmsize of that role and sku.capacity its Instances count, and every extension\'s rolesAppliedTo must name real roles. Azure rejects a deployment whose template and package disagree, for example "The role name … in the extension configuration is invalid". The rule reads JSON templates in the service folder, its parent, and arm/templates/deploy/infra folders beside them.',
    help: help({
      why: 'The template is usually written once and then drifts: a role renamed or resized in the .csdef, an instance count changed in the .cscfg.',
      bad: '"roleProfile": { "roles": [ { "name": "WebRole1", "sku": { "name": "Standard_D1_v2", "tier": "Standard", "capacity": 2 } } ] }\n// .csdef: <WebRole name="WebRole1" vmsize="Standard_D2_v2">',
      good: '"roleProfile": { "roles": [ { "name": "WebRole1", "sku": { "name": "Standard_D2_v2", "tier": "Standard", "capacity": 2 } } ] }',
      lang: 'jsonc',
      notes:
        'Decision: only values the rule can read are compared: literals, [parameters(\'x\')] resolved from a parameters file in the same folder or the parameter\'s defaultValue, and [variables(\'x\')] holding a literal. Anything computed is skipped. Capacity is compared only when every deployed configuration gives the role the same count. Templates larger than 64 KiB are not read.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-template.md (roleProfile, sku, extensions rolesAppliedTo)',
      'microsoft/azure-pipelines-tasks issue 3278 ("The role name ... in the extension configuration is invalid")',
    ],
    catalog: 'CSES-010',
    tags: ['extended-support', 'arm'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def) return;
    const roleNames = def.roles.map((r) => r.name).filter((n): n is string => n !== undefined);
    for (const t of templates(service, ctx.files)) {
      // A value may come from a parameters file: point at it there, where it is fixed.
      const at = (n: JsonNode): { file: string; span: { start: JsonNode['at']; end: JsonNode['at'] } } => ({
        file: FILE_OF.get(n) ?? t.file,
        span: { start: n.at, end: n.at },
      });
      const resolve = (n: JsonNode | undefined): JsonNode | undefined => resolveValue(n, t);
      for (const res of items(member(t.root, 'resources'))) {
        const type = member(res, 'type');
        if (type?.kind !== 'string' || type.value.toLowerCase() !== 'microsoft.compute/cloudservices') continue;
        const props = member(res, 'properties');
        const rolesNode = resolve(member(member(props, 'roleProfile'), 'roles'));
        const listed: string[] = [];
        let complete = rolesNode?.kind === 'array';
        for (const r of items(rolesNode)) {
          const nameNode = resolve(member(r, 'name'));
          if (nameNode?.kind !== 'string') {
            complete = false;
            continue;
          }
          listed.push(nameNode.value);
          const role = def.roles.find((x) => x.name === nameNode.value);
          if (!role) {
            ctx.report({
              at: at(nameNode),
              message: `the template's roleProfile lists role "${nameNode.value}", which ${def.file} does not define; use one of ${listNames(roleNames)}`,
            });
            continue;
          }
          const sku = resolve(member(r, 'sku'));
          const skuName = resolve(member(sku, 'name'));
          if (skuName?.kind === 'string' && role.vmsize && skuName.value.toLowerCase() !== role.vmsize.trim().toLowerCase()) {
            ctx.report({
              at: at(skuName),
              message: `role "${nameNode.value}" has sku.name "${skuName.value}" in the template but vmsize="${role.vmsize}" in ${def.file}; make them the same (the package decides the size)`,
            });
          }
          const cap = resolve(member(sku, 'capacity'));
          const counts = new Set(
            service.configurations
              .filter((c) => !c.isLocal)
              .map((c) => c.roles.find((x) => x.name === role.name)?.instances?.count?.trim())
              .filter((v): v is string => v !== undefined),
          );
          const count = counts.size === 1 ? Number([...counts][0]) : NaN;
          if (cap?.kind === 'number' && Number.isInteger(count) && cap.value !== count) {
            ctx.report({
              at: at(cap),
              message: `role "${nameNode.value}" has sku.capacity ${cap.value} in the template but <Instances count="${count}"> in the deployed configuration; make them the same`,
            });
          }
        }
        if (complete && rolesNode) {
          const missing = roleNames.filter((n) => !listed.includes(n));
          if (missing.length) {
            ctx.report({
              at: at(rolesNode),
              message: `the template's roleProfile has no entry for ${listNames(missing)} of ${def.file}; add each role with its sku (name = vmsize, capacity = instance count)`,
            });
          }
        }
        for (const ext of items(resolve(member(member(props, 'extensionProfile'), 'extensions')))) {
          const applied = resolve(member(member(ext, 'properties'), 'rolesAppliedTo'));
          for (const r of items(applied)) {
            const v = resolve(r);
            if (v?.kind !== 'string' || v.value === '*' || roleNames.includes(v.value)) continue;
            const extName = resolve(member(ext, 'name'));
            ctx.report({
              at: at(v),
              message: `extension ${extName?.kind === 'string' ? `"${extName.value}" ` : ''}is applied to role "${v.value}", which ${def.file} does not define; use one of ${listNames(roleNames)} or "*" (Azure: "The role name ... in the extension configuration is invalid")`,
            });
          }
        }
      }
    }
  },
});

function resolveValue(n: JsonNode | undefined, t: Template, depth = 0): JsonNode | undefined {
  if (n?.kind !== 'string' || depth > 4) return n;
  const p = /^\[\s*parameters\(\s*'([^']+)'\s*\)\s*\]$/i.exec(n.value);
  if (p) {
    const name = (p[1] as string).toLowerCase();
    const given = t.parameters.get(name);
    const value = given ?? member(member(member(t.root, 'parameters'), p[1] as string), 'defaultValue');
    return resolveValue(value, t, depth + 1);
  }
  const v = /^\[\s*variables\(\s*'([^']+)'\s*\)\s*\]$/i.exec(n.value);
  if (v) return resolveValue(member(member(t.root, 'variables'), v[1] as string), t, depth + 1);
  // Any other expression is computed at deployment: not comparable.
  return n.value.startsWith('[') && !n.value.startsWith('[[') ? undefined : n;
}

function templates(service: Service, files: FileFacts): Template[] {
  const dirs = new Set<string>();
  const base = [service.dir, joinPath(service.dir, '..')].filter((d) => !d.startsWith('..'));
  for (const d of base) {
    dirs.add(d);
    for (const sub of perRun(files, 'folders', d, () => templateFolders(files, d))) dirs.add(sub);
  }
  return [...dirs].flatMap((dir) => perRun(files, 'templates', dir, () => templatesIn(files, dir)));
}

/**
 * What was read from a folder, kept for the run (a run has one FileFacts): services side by side
 * share their parent folder, and reading and parsing it once per service made this rule the
 * slowest of all on a repository of many services. Callers do not change what is kept.
 */
const PER_RUN = new WeakMap<FileFacts, Map<string, unknown>>();

function perRun<T>(files: FileFacts, what: string, dir: string, read: () => T): T {
  let kept = PER_RUN.get(files);
  if (!kept) PER_RUN.set(files, (kept = new Map()));
  const key = `${what}\u0000${dir}`;
  if (!kept.has(key)) kept.set(key, read());
  return kept.get(key) as T;
}

function templateFolders(files: FileFacts, dir: string): string[] {
  return files.list(dir).filter((name) => TEMPLATE_DIRS.test(name) && files.isDirectory(joinPath(dir, name))).map((name) => joinPath(dir, name));
}

function templatesIn(files: FileFacts, dir: string): Template[] {
  const out: Template[] = [];
  const docs: { file: string; root: JsonNode }[] = [];
  for (const name of files.list(dir)) {
    if (!/\.json$/i.test(name)) continue;
    const file = joinPath(dir, name);
    const bytes = files.head(file, HEAD);
    if (!bytes || bytes.length >= HEAD) continue;
    const root = parseJson(new TextDecoder('utf-8').decode(bytes));
    if (!root) continue;
    register(root, file);
    docs.push({ file, root });
  }
  const parameters = new Map<string, JsonNode>();
  for (const d of docs) {
    const schema = member(d.root, '$schema');
    if (schema?.kind !== 'string' || !/deploymentParameters/i.test(schema.value)) continue;
    const params = member(d.root, 'parameters');
    if (params?.kind !== 'object') continue;
    for (const [k, v] of params.entries) {
      const value = member(v, 'value');
      if (value && !parameters.has(k.toLowerCase())) parameters.set(k.toLowerCase(), value);
    }
  }
  for (const d of docs) {
    const schema = member(d.root, '$schema');
    if (schema?.kind === 'string' && /deploymentTemplate/i.test(schema.value)) out.push({ file: d.file, root: d.root, parameters });
  }
  return out;
}
