import type { XmlElement } from '../xml/index.js';
import { readManifest } from './csman.js';
import { CSDEF_DOC, NAMED_STREAM_KINDS, RD_DOC, STUB_MARKER } from './format.js';
import { parsePart } from './opc.js';
import type { PackagedFile, PackagedRole } from './package-view.js';
import type { ProblemLog } from './problems.js';
import type { OpenedPackage } from './reader.js';

/** Checks common to both formats, on the view: roles against the csdef, role contents, named streams. */
export async function checkRoles(pkg: OpenedPackage, log: ProblemLog): Promise<void> {
  const { view } = pkg;
  log.check('service definition');
  const csdefBytes = await pkg.readDocument(CSDEF_DOC);
  let csdefRoles: string[] | undefined;
  if (!csdefBytes) log.error('missing-csdef', view.file, 'the package has no ServiceDefinition.csdef');
  else {
    const parsed = parsePart(CSDEF_DOC, csdefBytes);
    if ('error' in parsed) log.error('bad-xml', CSDEF_DOC, `not readable XML: ${parsed.error}`);
    else csdefRoles = parsed.root.elements.filter((e) => /^(Web|Worker|VirtualMachine)Role$/.test(e.local)).map((e) => e.attrValue('name') ?? '');
  }
  if (csdefRoles) {
    const inPackage = new Set(view.roles.map((r) => r.name));
    for (const r of csdefRoles) if (!inPackage.has(r)) log.error('role-mismatch', view.file, `role ${r} of the packaged ServiceDefinition.csdef has no role package`);
    for (const r of inPackage) if (!csdefRoles.includes(r)) log.error('role-mismatch', view.file, `role package ${r} is not a role of the packaged ServiceDefinition.csdef`);
  }
  const rdBytes = await pkg.readDocument(RD_DOC);
  const rdRoles = new Map<string, XmlElement>();
  if (!rdBytes) log.error('missing-rd', view.file, 'the package has no ServiceDefinition.rd');
  else {
    const parsed = parsePart(RD_DOC, rdBytes);
    if ('error' in parsed) log.error('bad-xml', RD_DOC, `not readable XML: ${parsed.error}`);
    else {
      const walk = (e: XmlElement): void => {
        if (e.local === 'role' && e.attrValue('name')) rdRoles.set(e.attrValue('name') as string, e);
        e.elements.forEach(walk);
      };
      walk(parsed.root);
    }
  }
  if (view.format === 'legacy') {
    for (const [name, e] of rdRoles) {
      const software = e.attrValue('software');
      const role = view.roles.find((r) => r.name === name);
      if (role && software !== undefined && software.toLowerCase() !== role.part.toLowerCase()) {
        log.error('rd-software', RD_DOC, `role ${name} names software="${software}", but its role package is ${role.part}`);
      }
    }
  }

  log.check('roles');
  for (const role of view.roles) {
    const where = role.part;
    const roleModel = await pkg.readRoleFile(role.name, '\\RoleModel.xml').catch(() => undefined);
    if (!roleModel) log.error('role-missing-file', where, `role ${role.name} has no \\RoleModel.xml`);
    else {
      const parsed = parsePart(`${where} RoleModel.xml`, roleModel);
      if ('error' in parsed) log.error('bad-xml', `${where} RoleModel.xml`, `not readable XML: ${parsed.error}`);
      else if (parsed.root.attrValue('name') !== role.name) {
        log.error('role-mismatch', `${where} RoleModel.xml`, `RoleModel name="${parsed.root.attrValue('name') ?? ''}" but the role is ${role.name}`);
      }
    }
    const missing = (path: string, what: string, severity: 'error' | 'warning'): void => {
      // Through the role's lookup: a search of its files would make every file's path for each check.
      if (pkg.hasRoleFile(role.name, path)) return;
      const msg = `role ${role.name} has no ${path} (${what})`;
      if (severity === 'error' || view.format === 'legacy') log.error('role-missing-file', where, msg);
      else log.warn('role-missing-file', where, msg);
    };
    missing('\\RuntimeSetup.Manifest', 'generated runtime setup', 'warning');
    missing('\\Cloud.uar.csman', 'signed SDK runtime manifest', 'warning');
    const rd = rdRoles.get(role.name);
    for (const attr of ['entryPoint', 'parameters']) {
      const exe = rd?.attrValue(attr)?.trim().split(/\s+/)[0];
      if (exe) missing(`\\${exe}`, `named by ServiceDefinition.rd ${attr}`, 'error');
    }
    await checkRuntimeManifest(pkg, role, log);
    for (const kind of NAMED_STREAM_KINDS) {
      const doc = `NamedStreams/${kind}/${role.name}/1.0`;
      if (!view.documents.some((d) => d.path.toLowerCase() === doc.toLowerCase())) {
        log.warn('named-stream-missing', view.file, `no named stream ${kind}/${role.name}/1.0`);
      }
    }
  }
}

/** The SDK's signed `Cloud.uar.csman` must list the runtime files as shipped, and be signed. */
async function checkRuntimeManifest(pkg: OpenedPackage, role: PackagedRole, log: ProblemLog): Promise<void> {
  log.check('SDK runtime files');
  const where = `${role.part} Cloud.uar.csman`;
  const bytes = await pkg.readRoleFile(role.name, '\\Cloud.uar.csman').catch(() => undefined);
  if (!bytes) return;
  if (bytes.includes(STUB_MARKER)) {
    log.error('stub-runtime', where, 'built with --sdk-kit stub: the SDK runtime files are stand-ins and the package is NOT deployable; package again with a real SDK kit');
    return;
  }
  // Stand-in plugin folders of --sdk-kit stub copied next to a real runtime: their RoleModule says so.
  for (const f of role.files.filter((x) => /^\\plugins\\[^\\]+\\[^\\]+\.csplugin$/i.test(x.path))) {
    const plugin = await pkg.readRoleFile(role.name, f.path).catch(() => undefined);
    if (plugin?.includes(STUB_MARKER)) {
      log.error('stub-runtime', `${role.part} ${f.path}`, 'a stand-in plugin module written by --sdk-kit stub: the package is NOT deployable; package again with a kit holding the SDK\'s plugins');
    }
  }
  const parsed = parsePart(where, bytes);
  if ('error' in parsed) {
    log.error('bad-xml', where, `not readable XML: ${parsed.error}`);
    return;
  }
  const manifest = readManifest(parsed.root);
  if (typeof manifest === 'string') {
    log.error('bad-manifest', where, manifest);
    return;
  }
  if (!parsed.root.elements.some((e) => e.local === 'Signature')) {
    log.error('runtime-unsigned', where, 'has no XML signature; Azure only runs SDK runtime files listed in the manifest Microsoft signed');
  }
  // Looked up by path once per item; the first file of a path, as a search through the list finds.
  const byPath = new Map<string, PackagedFile>();
  for (const f of role.files) {
    const key = f.path.toLowerCase();
    if (!byPath.has(key)) byPath.set(key, f);
  }
  for (const item of manifest.items) {
    const f = byPath.get(item.name.toLowerCase());
    if (!f) log.error('runtime-missing', where, `lists ${item.name}, which is not in role ${role.name}`);
    else if (f.sha256.toUpperCase() !== item.hash.toUpperCase()) {
      log.error('runtime-hash-mismatch', where, `${item.name} has SHA-256 ${f.sha256.toUpperCase()}, the signed runtime manifest says ${item.hash}`);
    }
  }
}

