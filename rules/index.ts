/**
 * The built-in rule set, listed explicitly so the bundle holds exactly these rules. A test checks
 * that every module under rules/<family>/ is listed here.
 */
import type { Rule } from '../src/lint/rule-api.js';
import xmlDtdForbidden from './xml/dtd-forbidden.js';
import xmlEncodingMismatch from './xml/encoding-mismatch.js';
import xmlFileTooLarge from './xml/file-too-large.js';
import xmlWellFormed from './xml/well-formed.js';
import csdefBindingEndpoint from './csdef/binding-endpoint.js';
import csdefDuplicateEndpointName from './csdef/duplicate-endpoint-name.js';
import csdefDuplicateInputPort from './csdef/duplicate-input-port.js';
import csdefDuplicateName from './csdef/duplicate-name.js';
import csdefDuplicateRoleName from './csdef/duplicate-role-name.js';
import csdefHttpsEndpointCertificate from './csdef/https-endpoint-certificate.js';
import csdefInvalidEnumValue from './csdef/invalid-enum-value.js';
import csdefInvalidName from './csdef/invalid-name.js';
import csdefInvalidNumber from './csdef/invalid-number.js';
import csdefInvalidPort from './csdef/invalid-port.js';
import csdefRequiredAttribute from './csdef/required-attribute.js';
import csdefRootElement from './csdef/root-element.js';
import csdefUnexpectedElement from './csdef/unexpected-element.js';
import csdefVirtualMachineRole from './csdef/virtual-machine-role.js';
import cscfgDuplicateName from './cscfg/duplicate-name.js';
import cscfgInstances from './cscfg/instances.js';
import cscfgRequiredAttribute from './cscfg/required-attribute.js';
import cscfgRootElement from './cscfg/root-element.js';
import xrefCertificateMissing from './xref/certificate-missing.js';
import xrefPluginSettingMissing from './xref/plugin-setting-missing.js';
import xrefCertificateNotDeclared from './xref/certificate-not-declared.js';
import xrefRoleMissingInConfiguration from './xref/role-missing-in-configuration.js';
import xrefRoleNotInDefinition from './xref/role-not-in-definition.js';
import xrefServiceNameMismatch from './xref/service-name-mismatch.js';
import xrefSettingMissing from './xref/setting-missing.js';
import xrefSettingNotDeclared from './xref/setting-not-declared.js';

export const BUILTIN_RULES: readonly Rule<any>[] = [
  xmlDtdForbidden,
  xmlEncodingMismatch,
  xmlFileTooLarge,
  xmlWellFormed,
  csdefBindingEndpoint,
  csdefDuplicateEndpointName,
  csdefDuplicateInputPort,
  csdefDuplicateName,
  csdefDuplicateRoleName,
  csdefHttpsEndpointCertificate,
  csdefInvalidEnumValue,
  csdefInvalidName,
  csdefInvalidNumber,
  csdefInvalidPort,
  csdefRequiredAttribute,
  csdefRootElement,
  csdefUnexpectedElement,
  csdefVirtualMachineRole,
  cscfgDuplicateName,
  cscfgInstances,
  cscfgRequiredAttribute,
  cscfgRootElement,
  xrefCertificateMissing,
  xrefPluginSettingMissing,
  xrefCertificateNotDeclared,
  xrefRoleMissingInConfiguration,
  xrefRoleNotInDefinition,
  xrefServiceNameMismatch,
  xrefSettingMissing,
  xrefSettingNotDeclared,
];
