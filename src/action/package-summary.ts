import { escapeText } from '../report/summary.js';
import { thousands } from '../report/thousands.js';
import type { PackageOutcome } from './package-stage.js';

/** The job summary's package section: roles, file counts, sizes, digest, and the artifact link. */
export function packageSummary(outcome: PackageOutcome, failure: string | undefined, display: (path: string) => string): string {
  if (outcome.state === 'disabled' && !failure) return '';
  const out = ['### Package', ''];
  if (failure && outcome.state !== 'built') {
    out.push(`**Not packaged:** ${escapeText(failure)}`, '');
    return out.join('\n');
  }
  if (failure) out.push(`**Built and verified, but not uploaded:** ${escapeText(failure)}`, '');
  if (outcome.state === 'skipped') {
    out.push(`Not packaged: ${escapeText(outcome.reason)}.`, '');
    return out.join('\n');
  }
  if (outcome.state !== 'built') return '';
  const b = outcome.build;
  if (b.stub) {
    out.push('> [!WARNING]', '> **NOT DEPLOYABLE**: built with `sdk-kit: stub`; the SDK runtime files are stand-ins. Package with a real SDK kit before deploying.', '');
  }
  out.push(
    `\`${escapeText(display(b.out))}\` from \`${escapeText(outcome.definition)}\`: ${thousands(b.size)} bytes, SDK ${escapeText(b.sdkVersion)}, verified${b.stub ? ' (except the stand-in runtime files)' : ''}.`,
    '',
    `SHA-256: \`${b.sha256}\``,
    '',
    '| Role | Files | Bytes |',
    '| --- | ---: | ---: |',
    ...b.roles.map((r) => `| ${escapeText(r.name)} | ${r.files} | ${thousands(r.bytes)} |`),
    '',
  );
  const a = outcome.artifact;
  if (a) {
    const name = a.url ? `[${escapeText(a.name)}](${a.url})` : `\`${escapeText(a.name)}\``;
    out.push(`Artifact: ${name} (id ${a.id}, SHA-256 \`${a.digest}\`).`, '');
  } else if (!failure) {
    out.push('Artifact: not uploaded (`upload-artifact: false`).', '');
  }
  return out.join('\n');
}
