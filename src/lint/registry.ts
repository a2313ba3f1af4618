import { ENGINE_RULES } from './engine-rules.js';
import { ruleDocsUrl } from './project-info.js';
import { FAMILIES, type Rule, type RulePack } from './rule-api.js';

const ID = new RegExp(`^(${FAMILIES.join('|')})-[a-z0-9]+(?:-[a-z0-9]+)*$`);
/** Rule packs use their own family prefix, upper case, so their ids never collide with ours. */
const PACK_ID = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class RegistryError extends Error {}

export interface RegisteredRule {
  readonly rule: Rule<any>;
  /** `builtin`, or the rule pack it came from. */
  readonly origin: string;
}

/** Every rule the engine can run, keyed by id: built-in, engine and rule-pack rules alike. */
export class Registry {
  private readonly byId = new Map<string, RegisteredRule>();

  constructor(builtin: readonly Rule<any>[]) {
    for (const r of ENGINE_RULES) this.add(r, 'builtin');
    for (const r of builtin) this.add(r, 'builtin');
  }

  addPack(pack: RulePack, origin: string): void {
    if (!pack || !Array.isArray(pack.rules)) {
      throw new RegistryError(`rule pack ${origin} does not export { rules: [...] }`);
    }
    for (const r of pack.rules) this.add(r, origin);
  }

  private add(rule: Rule<any>, origin: string): void {
    const id = rule?.meta?.id;
    if (typeof id !== 'string') throw new RegistryError(`a rule from ${origin} has no meta.id`);
    if (origin === 'builtin' ? !ID.test(id) : !PACK_ID.test(id)) {
      throw new RegistryError(
        `rule id "${id}" from ${origin} is not FAMILY-kebab-name (${origin === 'builtin' ? FAMILIES.join(', ') : 'an upper-case prefix of its own'})`,
      );
    }
    if (typeof rule.check !== 'function') throw new RegistryError(`rule ${id} from ${origin} has no check function`);
    for (const field of ['shortDescription', 'fullDescription', 'help'] as const) {
      if (typeof rule.meta[field] !== 'string' || rule.meta[field].trim() === '') {
        throw new RegistryError(`rule ${id} from ${origin} has no meta.${field}`);
      }
    }
    if (!['error', 'warning', 'note'].includes(rule.meta.defaultLevel)) {
      throw new RegistryError(`rule ${id} from ${origin}: meta.defaultLevel must be error, warning or note`);
    }
    const existing = this.byId.get(id);
    if (existing) throw new RegistryError(`rule id ${id} from ${origin} is already defined by ${existing.origin}`);
    const docsUrl = rule.meta.docsUrl ?? (origin === 'builtin' ? ruleDocsUrl(id) : undefined);
    const withDocs: Rule<any> = docsUrl === rule.meta.docsUrl ? rule : { ...rule, meta: { ...rule.meta, docsUrl } };
    this.byId.set(id, { rule: withDocs, origin });
  }

  get(id: string): RegisteredRule | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** All rules, sorted by id. */
  all(): RegisteredRule[] {
    return [...this.byId.values()].sort((a, b) => (a.rule.meta.id < b.rule.meta.id ? -1 : 1));
  }
}
