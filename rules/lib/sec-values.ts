/**
 * Reading configuration values for secrets, emulator storage and placeholders. Shared by the SEC
 * and CSCFG rules so they agree on what a placeholder is and never report one as a leak.
 */
import type { ConfigurationRole, ConfigurationSetting, Service, ServiceConfiguration } from '../../src/lint/rule-api.js';

/** The storage emulator's account key: published by Microsoft for devstoreaccount1, not a secret. */
export const EMULATOR_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface ConnectionPart {
  /** The key as written (`AccountKey`). */
  readonly key: string;
  readonly value: string;
}

/**
 * Splits `k1=v1;k2=v2` connection strings. Values may themselves hold `=` (base64 padding), so
 * only the first `=` of each part separates. Returns an empty list for values that are not one.
 */
export function connectionParts(value: string): ConnectionPart[] {
  if (!value.includes('=')) return [];
  const parts: ConnectionPart[] = [];
  for (const raw of value.split(';')) {
    const eq = raw.indexOf('=');
    if (eq <= 0) continue;
    parts.push({ key: raw.slice(0, eq).trim(), value: raw.slice(eq + 1).trim() });
  }
  return parts;
}

export function partValue(parts: readonly ConnectionPart[], ...keys: string[]): string | undefined {
  const wanted = keys.map((k) => k.toLowerCase());
  return parts.find((p) => wanted.includes(p.key.toLowerCase()))?.value;
}

/**
 * Release-pipeline tokens (`$(Name)`, `__Name__`, `#{Name}#`, `{{Name}}`, `%Name%`): replaced by the
 * deployment tooling, so the committed file holds no value and nothing to report.
 */
export function isPipelineToken(value: string): boolean {
  const v = value.trim();
  return (
    /^\$\([^)]+\)$/.test(v) ||
    /^__[\w.-]+__$/.test(v) ||
    /^#\{[^}]+\}#?$/.test(v) ||
    /^\{\{[^}]+\}\}$/.test(v) ||
    /^%[\w.-]+%$/.test(v) ||
    /^\$\{[^}]+\}$/.test(v)
  );
}

/**
 * Hand-edited placeholders that someone must replace before deploying (`$storageKey$`,
 * `[your key]`, `<key>`, `YOUR_ACCOUNT_KEY`, `xxxx`). Unlike pipeline tokens nothing fills these in.
 */
export function isManualPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return false;
  return (
    /^\$[\w.-]+\$$/.test(v) ||
    /^\$todo\b/i.test(v) ||
    /^\[[^\]]*\]$/.test(v) ||
    /^<[^>]*>?$/.test(v) ||
    /^\{[^}]*\}$/.test(v) ||
    /^(x{3,}|\*{3,}|\.{3,}|-{3,}|\?{3,}|0{8,})$/i.test(v) ||
    /\b(your|todo|tbd|placeholder|here)\b/i.test(v) ||
    // Anchored at the start, so that a real password that merely contains "addkey" is still a secret.
    /^[\W_]*(your|enter|insert|replace|put|add)[\s_-]*(your|with|own|the)?[\s_-]*(own|storage|account|access|api|client|sql|db|secret|key|password|pwd|token|name|here)/i.test(v) ||
    /^my[\w-]*(key|password|secret|token)\d*$/i.test(v) ||
    /^(changeme|change[\s_-]?me|placeholder|secret|password|passw0rd|pass|pwd|key|accountkey|storagekey|sharedkey|token|none|null|undefined|test|dummy|sample|example)$/i.test(v)
  );
}

/** True when the value holds nothing that could be a real secret. */
export function isNotASecret(value: string): boolean {
  const v = value.trim();
  if (v === '' || isPipelineToken(v) || isManualPlaceholder(v)) return true;
  // A short value built around a pipeline token (`$(Key)==`, `prefix-#{Key}`) is still a token.
  return v.length < 60 && /\$\([^)]+\)|#\{[^}]+\}|__[A-Za-z][\w.-]*__/.test(v);
}

/** Base64 as account keys are written: 64 random bytes give 88 characters ending in `==`. */
export function looksLikeBase64Key(value: string): boolean {
  const v = value.trim();
  return v.length >= 40 && /^[A-Za-z0-9+/]+={0,2}$/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9+/]/.test(v);
}

/** Storage emulator references: `UseDevelopmentStorage=true`, `devstoreaccount1`, or 127.0.0.1:1000x. */
export function emulatorReference(value: string): string | undefined {
  if (/UseDevelopmentStorage\s*=\s*true/i.test(value)) return 'UseDevelopmentStorage=true';
  if (/devstoreaccount1/i.test(value)) return 'the devstoreaccount1 emulator account';
  const m = /(?:127\.0\.0\.1|localhost):1000[0-2]/i.exec(value);
  if (m) return `the emulator endpoint ${m[0]}`;
  return undefined;
}

export type SecretKind = 'storage-key' | 'password' | 'shared-access-key' | 'sas-signature' | 'named' | 'rdp-password';

export interface SecretCandidate {
  readonly kind: SecretKind;
  /** What the value is, for messages: `AccountKey`, `Password`, `setting name`. */
  readonly what: string;
  readonly value: string;
}

/** Setting names whose value is a credential. */
const SECRET_NAME =
  /(password|passwd|pwd|secret|api[._-]?key|access[._-]?key|shared[._-]?key|private[._-]?key|license[._-]?key|auth[._-]?token|authorization[._-]?token|access[._-]?token|bearer[._-]?token|sas[._-]?token|signing[._-]?key|encryption[._-]?key|account[._-]?key|storage[._-]?key)$/i;
/** Names that end like a secret but hold public or non-secret data. */
const NOT_SECRET_NAME =
  /(instrumentation[._-]?key|public[._-]?key|partition[._-]?key|row[._-]?key|key[._-]?name|key[._-]?vault|thumbprint|client[._-]?id|user[._-]?name|\.enabled|expiration|url|uri|endpoint|path|file)$/i;
const STORAGE_KEY_NAME = /(account|storage)[\w.-]*key$/i;
const RDP_PASSWORD = 'Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountEncryptedPassword';

/**
 * The values of a configuration setting that hold, or should hold, a credential: connection-string
 * parts (AccountKey, Password, SharedAccessKey, sig) and whole values of settings named like one.
 */
export function secretCandidates(name: string | undefined, value: string): SecretCandidate[] {
  const out: SecretCandidate[] = [];
  if (name === RDP_PASSWORD) return [{ kind: 'rdp-password', what: 'the encrypted Remote Desktop password', value }];
  const parts = connectionParts(value);
  for (const p of parts) {
    const k = p.key.toLowerCase();
    if (k === 'accountkey') out.push({ kind: 'storage-key', what: 'AccountKey', value: p.value });
    else if (k === 'password' || k === 'pwd') out.push({ kind: 'password', what: p.key, value: p.value });
    else if (k === 'sharedaccesskey' || k === 'sharedsecretvalue') out.push({ kind: 'shared-access-key', what: p.key, value: p.value });
    else if (k === 'sig') out.push({ kind: 'sas-signature', what: 'SAS signature (sig=)', value: p.value });
  }
  if (out.length === 0 && name !== undefined && SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name)) {
    const kind: SecretKind = STORAGE_KEY_NAME.test(name) && looksLikeBase64Key(value) ? 'storage-key' : 'named';
    out.push({ kind, what: `setting ${name}`, value });
  }
  // SAS query strings in URLs: ...?sv=...&sig=<signature>
  const sig = /[?&]sig=([^&;"\s]+)/i.exec(value);
  if (sig && !out.some((c) => c.kind === 'sas-signature')) out.push({ kind: 'sas-signature', what: 'SAS signature (sig=)', value: decodeURIComponentSafe(sig[1] as string) });
  return out;
}

function decodeURIComponentSafe(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** A configuration setting with a value, and the credentials that value holds or should hold. */
export interface SettingSecrets {
  readonly configuration: ServiceConfiguration;
  readonly role: ConfigurationRole;
  readonly setting: ConfigurationSetting & { readonly value: string };
  readonly candidates: readonly SecretCandidate[];
}

/**
 * Every setting of every configuration with its `secretCandidates`, in file order. A shared index
 * (`sharedIndex(service, ctx, settingSecrets)`): the three SEC rules that read secrets walk the
 * same settings and would otherwise take each value apart three times.
 */
export function settingSecrets(service: Service): SettingSecrets[] {
  const out: SettingSecrets[] = [];
  for (const configuration of service.configurations) {
    for (const role of configuration.roles) {
      for (const setting of role.settings) {
        if (setting.value === undefined) continue;
        out.push({ configuration, role, setting: setting as SettingSecrets['setting'], candidates: secretCandidates(setting.name, setting.value) });
      }
    }
  }
  return out;
}
