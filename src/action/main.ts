import { run } from './run.js';

// The runner executes this bundle (dist/index.js); everything else lives in run().
await run();
