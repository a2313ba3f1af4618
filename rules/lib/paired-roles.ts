/** Walking a definition's roles together with the matching Role of each configuration. */
import type { ConfigurationRole, Role, Service, ServiceConfiguration, ServiceDefinition } from '../../src/lint/rule-api.js';

export interface RolePair {
  readonly def: ServiceDefinition;
  readonly cfg: ServiceConfiguration;
  readonly cfgRole: ConfigurationRole;
  readonly role: Role;
  /** Names of the modules the role imports. */
  readonly modules: string[];
}

/**
 * Every configuration Role that names a role of the definition, with that role. Roles that match
 * nothing are left to the rules that report unknown or missing roles.
 */
export function* pairedRoles(service: Service): Generator<RolePair> {
  const def = service.definition;
  if (!def) return;
  for (const cfg of service.configurations) {
    for (const cfgRole of cfg.roles) {
      const role = def.roles.find((r) => r.name === cfgRole.name);
      if (!role) continue;
      const modules = role.imports.map((i) => i.moduleName).filter((m): m is string => m !== undefined);
      yield { def, cfg, cfgRole, role, modules };
    }
  }
}
