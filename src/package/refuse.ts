/**
 * Inputs the packager refuses rather than turn into a package that fails on the role's VM. Each
 * error names the file and says what to do.
 */

export class PackageInputError extends Error {}

const RESERVED = /^(CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const INVALID_CHARS = /[<>:"|?*\u0000-\u001f]/;

/** Why Windows cannot hold this file or folder name, or undefined when it can. */
export function windowsNameProblem(name: string): string | undefined {
  if (RESERVED.test(name)) return `"${name}" is a reserved device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with or without an extension)`;
  if (/[. ]$/.test(name)) return `"${name}" ends with a ${name.endsWith('.') ? 'dot' : 'space'}, which Windows strips`;
  const bad = INVALID_CHARS.exec(name);
  if (bad) {
    const c = bad[0];
    const shown = c.charCodeAt(0) < 0x20 ? `control character U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` : `"${c}"`;
    return `"${name}" contains ${shown}, which Windows does not allow in names`;
  }
  return undefined;
}

/**
 * Longest paths Windows APIs (and so the role host) handle without long-path support: MAX_PATH is
 * 260 characters including the terminating NUL, and a folder must leave room for an 8.3 name (248).
 * Role files live at `<drive>:\<role path>`, e.g. `E:\approot\bin\app.dll`.
 */
export const MAX_FILE_PATH = 259;
export const MAX_DIR_PATH = 247;
const DRIVE = 'E:\\';

/** Why a role-relative path (with `/`) is too long on the role drive, or undefined. */
export function pathLengthProblem(zipPath: string): string | undefined {
  const full = DRIVE + zipPath.replace(/\//g, '\\');
  if (full.length > MAX_FILE_PATH) {
    return `on the role drive it becomes ${full.length} characters (${DRIVE}${zipPath.split('/')[0]}\\…), over the Windows limit of ${MAX_FILE_PATH + 1} including the terminator; shorten the folders or names`;
  }
  const dir = full.slice(0, full.lastIndexOf('\\'));
  if (dir.length > MAX_DIR_PATH) {
    return `its folder becomes ${dir.length} characters on the role drive, over the Windows limit of ${MAX_DIR_PATH + 1} for folders; shorten the folders`;
  }
  return undefined;
}

/** The first word of a task command line when it names a batch file that must be in the role. */
export function startupScript(commandLine: string): string | undefined {
  const trimmed = commandLine.trim();
  const first = trimmed.startsWith('"') ? trimmed.slice(1, trimmed.indexOf('"', 1) > 0 ? trimmed.indexOf('"', 1) : undefined) : trimmed.split(/\s+/)[0] ?? '';
  // Only batch files: an .exe may be on PATH (IISConfigurator.exe is in base\x64), and a
  // command line using environment variables is resolved on the VM.
  if (!/\.(cmd|bat)$/i.test(first) || first.includes('%')) return undefined;
  return first;
}

/** Resolves `script` against a task's folder (`approot\bin`) the way cmd.exe would, to a `/` path. */
export function resolveTaskPath(relativePath: string, script: string): string {
  const parts = relativePath.split(/[\\/]/).filter((p) => p !== '');
  for (const seg of script.split(/[\\/]/)) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}
