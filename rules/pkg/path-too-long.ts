import { defineRule, LIMITS, type FileFacts } from '../../src/lint/rule-api.js';
import { roleFolder } from '../lib/files.js';
import { help } from '../lib/help.js';

/** Folders that never reach the package (build intermediates, tooling, version control). */
const SKIP_DIRS = /^(obj|\.git|\.vs|\.svn|\.hg|testresults)$/i;
/** Source files the build compiles rather than copies. */
const SKIP_FILES = /\.(cs|vb|fs|csproj|vbproj|fsproj|user|suo)$/i;
const MAX_ENTRIES = 20_000;
const MAX_DEPTH = 40;
/** The role drive on the VM (E: or F:); its length is what matters. */
const DRIVE = 'E:\\';

interface Longest {
  readonly projected: string;
  readonly source: string;
  readonly isDir: boolean;
}

export default defineRule({
  meta: {
    id: 'PKG-path-too-long',
    shortDescription: 'A role file would exceed the Windows path limit on the role VM',
    fullDescription:
      'A role\'s files are extracted to the role drive: project output under E:\\approot\\, web content under E:\\sitesroot\\<n>\\. Windows tools used by CSPack and the role host fail on a file path of 260 characters or more and on a folder path of 248 or more ("The specified path, file name, or both are too long"). The rule projects every file of the role\'s folder onto the role drive and reports the longest one over the limit.',
    help: help({
      why: 'Deep package folders (node_modules, NuGet content, nested sites) pass on a developer\'s machine and fail at packaging or at deployment, where the prefix differs.',
      bad: 'WebRole1\\node_modules\\a\\node_modules\\b\\…\\very-long-file-name.js   → E:\\sitesroot\\0\\node_modules\\… (273 characters)',
      good: 'flatten the folder tree, shorten names, or leave build-only folders out of the role',
      lang: 'text',
      notes:
        'Web role files are projected under E:\\sitesroot\\<n>\\ (the site\'s folder, the longer of the two copies), worker role files under E:\\approot\\ with a leading bin\\<Configuration>\\ removed. When the .ccproj references a role project, only what it ships is projected: the bin folder, and for web roles the Content items; a role folder without a project (Node, PHP) is projected whole. obj folders and source files (.cs, .vb, project files) are always skipped. The build-side copy under <project>\\bin\\<Configuration>\\<service>.csx\\roles\\<role>\\approot\\ adds the checkout folder of the build machine, which this rule cannot know; keep a margin. At most 20,000 entries per role are read.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs issue 19716 (path-length error in Microsoft.WindowsAzure.targets)',
      'microsoft/WindowsAzureToolkitForEclipseWithJava issue 15 (cspack path too long)',
      'cspkg format notes: role files under approot\\ and sitesroot\\<n>\\ on the role drive',
    ],
    catalog: 'PKG-009',
    tags: ['packaging'],
    precision: 'medium',
    defaultLevel: 'warning',
    recommended: false,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      const folder = roleFolder(service, role, ctx.files);
      if (folder === undefined) continue;
      const web = role.kind === 'WebRole';
      // A .NET role project ships its build output, plus (web roles) its Content items; a folder
      // without one (Node, PHP, hand-made) ships as it is.
      const project = service.project?.roles.find((r) => r.roleName === role.name)?.project;
      const content = new Set(
        (project?.items ?? [])
          .filter((i) => i.kind === 'Content' && i.path.toLowerCase().startsWith(`${folder.toLowerCase()}/`))
          .map((i) => i.path.slice(folder.length + 1).toLowerCase()),
      );
      const shipped = (rel: string, isDir: boolean): boolean => {
        if (!project) return true;
        const lower = rel.toLowerCase();
        if (lower === 'bin' || lower.startsWith('bin/')) return true;
        if (!web) return false;
        return isDir ? [...content].some((c) => c.startsWith(`${lower}/`)) : content.has(lower);
      };
      let longest: Longest | undefined;
      let over = 0;
      walk(ctx.files, folder, (rel, isDir) => {
        if (!shipped(rel, isDir)) return;
        let inRole = rel;
        if (!web) inRole = rel.replace(/^bin\/[^/]+\/(?=.)/i, '').replace(/^bin\/(?=.)/i, '');
        const prefix = web && role.sites.length ? `${DRIVE}sitesroot\\0\\` : `${DRIVE}approot\\`;
        const projected = prefix + inRole.split('/').join('\\');
        const limit = isDir ? LIMITS.maxDirPath : LIMITS.maxPath;
        if (projected.length < limit) return;
        over++;
        if (!longest || projected.length > longest.projected.length) longest = { projected, source: `${folder}/${rel}`, isDir };
      });
      if (!longest) continue;
      const kind = longest.isDir ? 'folder' : 'file';
      const limit = longest.isDir ? LIMITS.maxDirPath : LIMITS.maxPath;
      ctx.report({
        at: role.el.attr('name') ?? role.el,
        message: `role "${role.name ?? ''}" has ${over} path${over === 1 ? '' : 's'} over the Windows limit on the role VM; the longest, ${longest.source}, becomes a ${longest.projected.length}-character ${kind} path where Windows allows at most ${limit - 1}; shorten folder or file names`,
        key: `role ${role.name ?? ''} paths too long`,
      });
    }
  },
});

function walk(files: FileFacts, root: string, visit: (rel: string, isDir: boolean) => void): void {
  let seen = 0;
  const stack: { rel: string; depth: number }[] = [{ rel: '', depth: 0 }];
  while (stack.length && seen < MAX_ENTRIES) {
    const { rel, depth } = stack.pop() as { rel: string; depth: number };
    for (const name of files.list(rel ? `${root}/${rel}` : root)) {
      if (++seen > MAX_ENTRIES) return;
      const child = rel ? `${rel}/${name}` : name;
      if (files.isDirectory(`${root}/${child}`)) {
        if (SKIP_DIRS.test(name)) continue;
        visit(child, true);
        if (depth < MAX_DEPTH) stack.push({ rel: child, depth: depth + 1 });
      } else if (!SKIP_FILES.test(name)) {
        visit(child, false);
      }
    }
  }
}
