/**
 * Helpers for rules that look at files around a service (role folders, startup scripts, generated
 * copies). Everything goes through the rule API's FileFacts, so nothing outside the root is read.
 */
import type { FileFacts, Role, Service, StartupTask } from '../../src/lint/rule-api.js';

/** Joins POSIX path parts and resolves `.` and `..` without leaving the first part's root. */
export function joinPath(...parts: string[]): string {
  const out: string[] = [];
  for (const part of parts) {
    for (const seg of part.replace(/\\/g, '/').split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        if (out.length && out[out.length - 1] !== '..') out.pop();
        else out.push('..');
      } else out.push(seg);
    }
  }
  return out.join('/') || '.';
}

/** A Windows or UNC absolute path (`C:\…`, `\\server\…`, `\…`): it only exists on one machine. */
export function isAbsoluteWindowsPath(p: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(p) || /^[\\/]/.test(p);
}

/**
 * Folder segments that hold build output rather than authored files. Corpus file names flatten
 * folders with `__`, so both separators count.
 */
export function generatedSegment(file: string): string | undefined {
  const segs = file.split(/\/|__/).slice(0, -1);
  return segs.find((s) => /^(bin|obj|rcf|app\.publish)$/i.test(s) || /\.csx$/i.test(s) || /^csx$/i.test(s));
}

/**
 * The folder a role's project or content lives in: the one the `.ccproj` names, else a folder
 * named after the role beside the definition (the layout Visual Studio creates).
 */
export function roleFolder(service: Service, role: Role, files: FileFacts): string | undefined {
  if (role.name === undefined) return undefined;
  const named = service.roleFolders.get(role.name);
  if (named !== undefined) return files.isDirectory(named) ? named : undefined;
  const beside = joinPath(service.dir, role.name);
  return files.isDirectory(beside) ? beside : undefined;
}

/** Programs that come with Windows: a startup task may name them without shipping them. */
const SYSTEM_PROGRAMS = /^(cmd|powershell|pwsh|msiexec|netsh|icacls|reg|sc|net|appcmd|schtasks|wscript|cscript|start|rundll32|certutil|tzutil|bcdedit|setx|dism|takeown|robocopy|xcopy)(\.exe)?$/i;

/**
 * The files a startup command line runs that must ship with the role: the program itself, or the
 * script handed to `cmd /c` or `powershell -File`. Paths with `%VAR%` or a drive are left out:
 * they are not inside the package.
 */
export function startupTaskFiles(commandLine: string): string[] {
  const tokens = tokenize(commandLine);
  const first = tokens[0];
  if (first === undefined) return [];
  const out: string[] = [];
  const program = first.replace(/^\.[\\/]/, '');
  const base = program.split(/[\\/]/).pop() ?? program;
  if (SYSTEM_PROGRAMS.test(base)) {
    if (/^(cmd)(\.exe)?$/i.test(base)) {
      const i = tokens.findIndex((t, n) => n > 0 && /^\/[ck]$/i.test(t));
      const script = i > 0 ? tokens[i + 1] : undefined;
      if (script && /\.(cmd|bat)$/i.test(script)) out.push(script);
    } else if (/^(powershell|pwsh)(\.exe)?$/i.test(base)) {
      const i = tokens.findIndex((t, n) => n > 0 && /^-f(ile)?$/i.test(t));
      const script = i > 0 ? tokens[i + 1] : tokens.slice(1).find((t) => /\.ps1$/i.test(t));
      if (script && /\.ps1$/i.test(script)) out.push(script);
    }
  } else if (/\.(cmd|bat|ps1)$/i.test(program) || (/\.exe$/i.test(program) && /[\\/]/.test(program))) {
    out.push(program);
  }
  return out.filter((f) => !f.includes('%') && !f.includes('$') && !isAbsoluteWindowsPath(f)).map((f) => f.replace(/^\.[\\/]/, ''));
}

function tokenize(s: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push((m[1] ?? m[2]) as string);
  return out;
}

/**
 * Where a startup task's file should be found in the role's source folder: the project folder
 * (copied to the output by `CopyToOutputDirectory`) or its `bin` folder (already built).
 */
export function taskFileCandidates(folder: string, file: string): string[] {
  return [joinPath(folder, file), joinPath(folder, 'bin', file)];
}

/** A case-insensitive lookup through `list()`, since the role drive is case-insensitive. */
export function findCaseInsensitive(files: FileFacts, path: string): string | undefined {
  if (files.exists(path)) return path;
  const parts = path.split('/');
  let cur = '';
  for (const part of parts) {
    const dir = cur === '' ? '.' : cur;
    const hit = part === '..' ? part : files.list(dir).find((n) => n.toLowerCase() === part.toLowerCase());
    if (hit === undefined) return undefined;
    cur = cur === '' ? hit : `${cur}/${hit}`;
  }
  return files.exists(cur) ? cur : undefined;
}

/**
 * The folder of the service's definition (`service.dir`), which relative paths in it are checked
 * against: none without a definition, or for a generated copy (bin/, csx/ …), whose relative paths
 * point from the wrong folder.
 */
export function authoredDefinitionFolder(service: Service): string | undefined {
  if (!service.definition || generatedSegment(service.definition.file) !== undefined) return undefined;
  return service.dir;
}

/**
 * A folder named relative to `base`: its path in the linted tree and whether a folder is there
 * (in any case, as on Windows). Undefined for what cannot be checked here: an absolute path, one
 * with a variable (`$(…)`, `%…%`), or one that leaves the tree.
 */
export function relativeFolder(files: FileFacts, base: string, dir: string): { readonly path: string; readonly isFolder: boolean } | undefined {
  if (isAbsoluteWindowsPath(dir) || dir.includes('$(') || dir.includes('%')) return undefined;
  const path = joinPath(base, dir);
  if (path.startsWith('..')) return undefined;
  const found = findCaseInsensitive(files, path);
  return { path, isFolder: found !== undefined && files.isDirectory(found) };
}

/** Simple tasks block the role until they end; only they need an explicit zero exit. */
export function isSimpleTask(task: StartupTask): boolean {
  return task.taskType === undefined || task.taskType === 'simple';
}

/** A span at the start of a file that is not XML (a script), for findings about the whole file. */
export function fileStart(file: string): { readonly file: string; readonly span: { start: Pos; end: Pos } } {
  const p: Pos = { line: 1, column: 1, offset: 0 };
  return { file, span: { start: p, end: p } };
}

interface Pos {
  line: number;
  column: number;
  offset: number;
}

export interface TaskFile {
  readonly role: Role;
  readonly task: StartupTask;
  /** As written in the command line (Windows separators). */
  readonly written: string;
  readonly folder: string;
  /** The file found in the role folder or its bin folder; undefined when neither has it. */
  readonly found: string | undefined;
}

/** Every file the startup tasks of a service run, where the role's folder is known. */
export function startupTaskFilesOf(service: Service, files: FileFacts): TaskFile[] {
  const out: TaskFile[] = [];
  // A generated copy (bin/, csx/) sits away from the role projects; its authored source is checked.
  if (!service.definition || generatedSegment(service.definition.file) !== undefined) return out;
  for (const role of service.definition.roles) {
    const folder = roleFolder(service, role, files);
    if (folder === undefined) continue;
    for (const task of role.startupTasks) {
      for (const written of startupTaskFiles(task.commandLine ?? '')) {
        const found = taskFileCandidates(folder, written)
          .map((c) => findCaseInsensitive(files, c))
          .find((c) => c !== undefined);
        out.push({ role, task, written, folder, found });
      }
    }
  }
  return out;
}
