import type { RolePlan } from '../layout.js';
import { el, ONE_LINE, xmlDocument } from '../xml-out.js';
import { frameworkFeature, supportedOsFamilies } from './sdk-rules.js';

/** The three named streams of a role, by kind (`RequiredFeatures`, `SupportedOSes`, `SupportData`). */
export function namedStreams(role: RolePlan, sdkVersion: string): [kind: string, data: Buffer][] {
  const elevatedEntry = role.element.child('Runtime')?.attrValue('executionContext') === 'elevated';
  const elevatedTask = (role.element.child('Startup')?.childrenNamed('Task') ?? []).some((t) => t.attrValue('executionContext') === 'elevated');
  const bool = (b: boolean): string => (b ? 'True' : 'False');
  return [
    ['RequiredFeatures', xmlDocument(el('RequiredFeatures', [['version', '1.0']], [el('Feature', [['name', frameworkFeature(role.targetFramework)], ['version', '0']])]), ONE_LINE)],
    ['SupportedOSes', xmlDocument(el('SupportedOsFamilies', [['version', '1.0']], supportedOsFamilies(sdkVersion).map((f) => el('OsFamily', [['name', f], ['version', '0']]))), ONE_LINE)],
    [
      'SupportData',
      xmlDocument(
        el('SupportData', [['version', '1.0']], [
          el('SDKVersion', [], [], sdkVersion),
          el('TargetFrameworkVersion', [], [], role.targetFramework),
          el('HasElevatedEntrypoint', [], [], bool(elevatedEntry)),
          el('HasElevatedStartupTaskInCsdef', [], [], bool(elevatedTask)),
          el('Imports', [], role.imports.map((m) => el('Import', [['moduleName', m]]))),
        ]),
        ONE_LINE,
      ),
    ],
  ];
}
