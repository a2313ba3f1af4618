import { reexecForPackaging } from '../package/malloc-settings.js';
import { getInput } from './core.js';
import { run } from './run.js';

// A run that packages does so under its own malloc settings (malloc-settings.ts), set before the
// first log line. The `package` input is read here by name rather than through inputs.ts, whose
// import costs the bundle 5 KB; one that is not a boolean is left for run() to report.
if (/^(true|True|TRUE)$/.test(getInput('package'))) reexecForPackaging();

// The runner executes this bundle (dist/index.js); everything else lives in run().
await run();
