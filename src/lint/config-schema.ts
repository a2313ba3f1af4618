/**
 * JSON Schema of `.cloudservice.yml` / `.cloudservice.json`. The file `schema/cloudservice.schema.json`
 * is written from this object (`node scripts/gen-docs.mjs`) for editor completion; a test keeps the
 * two equal.
 */
const level = { enum: ['off', 'note', 'warning', 'error'] };
const ruleEntry = {
  oneOf: [
    level,
    { type: 'array', prefixItems: [level, { type: 'object' }], minItems: 1, maxItems: 2, items: false },
    {
      type: 'object',
      properties: { level, options: { type: 'object' } },
      additionalProperties: false,
    },
  ],
};
const rules = {
  type: 'object',
  description: 'Rule id → level, [level, options] or { level, options }.',
  additionalProperties: ruleEntry,
};

export const CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/cloudservice-lint/cloudservice-lint/blob/main/schema/cloudservice.schema.json',
  title: 'cloudservice-lint configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    preset: {
      enum: ['recommended', 'strict'],
      description: 'recommended (default): what breaks a deployment or a role, and secrets. strict: every rule.',
    },
    rules,
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
          files: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'Globs, relative to the repository root.' },
          excludedFiles: { type: 'array', items: { type: 'string' } },
          rules,
        },
      },
    },
    ignore: { type: 'array', items: { type: 'string' }, description: 'Globs of files and folders not to lint.' },
    plugins: {
      type: 'array',
      items: { type: 'string' },
      description: 'Rule packs: npm package names, or paths relative to this file.',
    },
    baseline: { type: 'string', description: 'Baseline file, relative to this file.' },
  },
} as const;
