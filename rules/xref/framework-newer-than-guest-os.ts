import { defineRule, findGuestOsFamily, type Role, type Service, type XmlAttribute, type XmlElement } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

/** `v4.7.2` → [4, 7, 2]; undefined for anything else (.NET Core monikers, variables). */
function version(v: string | undefined): number[] | undefined {
  const m = /^\s*v?(\d+(?:\.\d+){1,3})\s*$/i.exec(v ?? '');
  return m ? (m[1] as string).split('.').map(Number) : undefined;
}

function newer(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/** A startup task that looks like it installs the .NET Framework (the documented workaround). */
const INSTALLER = /(ndp|dotnet|netfx|framework|install-?net)/i;

interface Target {
  readonly value: string;
  readonly from: string;
  readonly at: XmlElement | XmlAttribute;
}

function targetFramework(service: Service, role: Role): Target | undefined {
  const netfx = role.runtime?.entryPoint?.child('NetFxEntryPoint');
  const v = netfx?.attrValue('targetFrameworkVersion');
  if (netfx && v) return { value: v, from: 'its NetFxEntryPoint', at: netfx.attr('targetFrameworkVersion') ?? netfx };
  const ref = service.project?.roles.find((r) => r.roleName === role.name);
  const tfv = ref?.project?.targetFrameworkVersion;
  if (ref?.project && tfv) return { value: tfv, from: ref.project.file, at: role.el.attr('name') ?? role.el };
  return undefined;
}

export default defineRule({
  meta: {
    id: 'XREF-framework-newer-than-guest-os',
    shortDescription: 'A role targets a .NET Framework newer than its Guest OS family provides',
    fullDescription:
      'Each Guest OS family comes with a fixed .NET Framework: up to 4.6.2 on families 2–5, 4.7.2 on family 6 and 4.8 on family 7. A role whose NetFxEntryPoint or role project targets a newer framework does not start unless a startup task installs that framework first. The rule compares the role\'s target with the osFamily of every deployed configuration.',
    help: help({
      why: 'The role host loads the role assembly with the framework the VM has; a newer target fails at start, and the role recycles.',
      bad: '<!-- .csdef -->\n<NetFxEntryPoint assemblyName="Worker.dll" targetFrameworkVersion="v4.8" />\n<!-- .cscfg -->\n<ServiceConfiguration serviceName="shop" osFamily="5" osVersion="*">',
      good: '<ServiceConfiguration serviceName="shop" osFamily="7" osVersion="*">',
      notes:
        'Warning, not error: "Install .NET on Azure Cloud Services roles" documents a startup task that installs a newer framework, and the rule stays silent for a role whose startup tasks look like such an installer (a command line naming NDP, dotnet, netfx or framework). The target comes from NetFxEntryPoint/@targetFrameworkVersion, else from the TargetFrameworkVersion of the role project the .ccproj references. Unknown or retired families are left to CSES-retired-os-family; local configurations are skipped.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-update-matrix.md (.NET per family)',
      'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-dotnet-install-dotnet.md',
      'MSDN "Managing Operating System and Framework Versions" (jj573576)',
    ],
    catalog: 'XREF-009',
    tags: ['cross-file', 'correctness'],
    precision: 'high',
    defaultLevel: 'warning',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def) return;
    for (const role of def.roles) {
      const target = targetFramework(service, role);
      const wanted = version(target?.value);
      if (!target || !wanted) continue;
      if (role.startupTasks.some((t) => INSTALLER.test(t.commandLine ?? ''))) continue;
      for (const cfg of service.configurations) {
        if (cfg.isLocal || !cfg.roles.some((r) => r.name === role.name)) continue;
        const family = findGuestOsFamily(cfg.osFamily ?? '');
        const max = version(family?.maxNetFramework);
        if (!family || !max || !newer(wanted, max)) continue;
        const fits = [5, 6, 7]
          .map((n) => findGuestOsFamily(String(n)))
          .find((f) => f && f.status === 'supported' && !newer(wanted, version(f.maxNetFramework) ?? [0]));
        ctx.report({
          at: target.at,
          message: `role "${role.name ?? ''}" targets .NET Framework ${target.value} (${target.from}) but osFamily="${family.family}" in ${cfg.file} provides ${family.maxNetFramework}; ${fits ? `set osFamily="${fits.family}" or higher` : 'install the framework with a startup task'}${fits ? ', or install the framework with a startup task' : ''}`,
        });
      }
    }
  },
});
