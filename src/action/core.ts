import { randomUUID } from 'node:crypto';
import { appendFileSync, constants, existsSync } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

/**
 * The part of @actions/core this action uses: inputs, log and annotation commands, outputs and the
 * job summary, written exactly as @actions/core 3 writes them (test/action/core.test.ts runs both
 * side by side). @actions/core itself also brings its OIDC client, and with it @actions/http-client
 * and undici: about 1 MiB of the bundle, compiled and run before the first log line of every run
 * and never used. The artifact client still brings @actions/core, in its own lazily loaded chunk.
 */

export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

/** An input as the runner passes it (INPUT_<NAME>), trimmed; '' when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** One entry per line; empty lines are dropped before trimming, as @actions/core does. */
export function getMultilineInput(name: string): string[] {
  return getInput(name)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.trim());
}

/** YAML 1.2 core-schema booleans only; anything else throws. */
export function getBooleanInput(name: string): boolean {
  const value = getInput(name);
  if (value === 'true' || value === 'True' || value === 'TRUE') return true;
  if (value === 'false' || value === 'False' || value === 'FALSE') return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  command('debug', {}, message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  command('notice', annotation(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  command('warning', annotation(properties), message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  command('error', annotation(properties), message);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function startGroup(name: string): void {
  command('group', {}, name);
}

export function endGroup(): void {
  command('endgroup', {}, '');
}

/** Runs fn inside a collapsible log group, closing the group whatever happens. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}

/** Through the GITHUB_OUTPUT file, or the deprecated set-output command when the runner gives none. */
export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL);
    command('set-output', { name }, commandValue(value));
    return;
  }
  // A random delimiter, refused if it occurs in the value, so that no value can end the entry early.
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = commandValue(value);
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (text.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** Appends markdown and a line break to the job summary (GITHUB_STEP_SUMMARY). */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(file, markdown + EOL, { encoding: 'utf8' });
}

function annotation(p: AnnotationProperties): Record<string, unknown> {
  if (!Object.keys(p).length) return {};
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}

/** `::name key=value,…::message`; properties with an empty value (or 0) are left out. */
function command(name: string, properties: Record<string, unknown>, message: string): void {
  let text = `::${name}`;
  if (Object.keys(properties).length) {
    text += ` ${Object.entries(properties)
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}=${escapeProperty(commandValue(v))}`)
      .join(',')}`;
  }
  process.stdout.write(`${text}::${escapeData(message)}${EOL}`);
}

function commandValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' || value instanceof String ? String(value) : JSON.stringify(value);
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
