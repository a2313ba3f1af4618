import type { CliIO } from '../io.js';
import { UserError } from '../io.js';

export async function run(_args: string[], _io: CliIO): Promise<number> {
  throw new UserError('cloudservice package: not available yet');
}
