/** Identity of the tool as SARIF and the docs show it. A test keeps `version` equal to package.json. */
export const TOOL = {
  /** SARIF driver name: never changes, or code scanning treats the alerts as another tool's. */
  name: 'cloudservice-lint',
  version: '0.1.0',
  informationUri: 'https://github.com/cloudservice-lint/cloudservice-lint',
  docsBase: 'https://github.com/cloudservice-lint/cloudservice-lint/blob/main/docs/rules',
} as const;

export function ruleDocsUrl(id: string): string {
  return `${TOOL.docsBase}/${id}.md`;
}
