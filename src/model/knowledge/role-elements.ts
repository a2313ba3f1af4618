import type { RoleKind } from '../types.js';

/**
 * The child elements each role kind may hold (csdef schema; the VM role from its 2012 schema page).
 * `InputEndpoints` and a direct `InternalEndpoint` are the SDK 1.0 web-role forms.
 */
export const ROLE_ELEMENTS: Readonly<Record<RoleKind, readonly string[]>> = {
  WebRole: [
    'Imports',
    'Startup',
    'LocalStorage',
    'LocalResources',
    'ConfigurationSettings',
    'InputEndpoints',
    'InternalEndpoint',
    'Endpoints',
    'Certificates',
    'Sites',
    'Runtime',
    'Contents',
  ],
  WorkerRole: [
    'Imports',
    'Startup',
    'LocalStorage',
    'LocalResources',
    'ConfigurationSettings',
    'Endpoints',
    'Certificates',
    'Runtime',
    'Contents',
  ],
  VirtualMachineRole: ['Certificates', 'ConfigurationSettings', 'Imports', 'Endpoints', 'LocalResources'],
};
