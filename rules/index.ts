/**
 * The built-in rule set, listed explicitly so the bundle holds exactly these rules. Written by
 * scripts/gen-rule-index.mjs; a test checks that it lists every module under rules/<family>/.
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
import csdefEndpointLimit from './csdef/endpoint-limit.js';
import csdefHttpsEndpointCertificate from './csdef/https-endpoint-certificate.js';
import csdefIgnoreRoleInstanceStatus from './csdef/ignore-role-instance-status.js';
import csdefInstanceInputPortRange from './csdef/instance-input-port-range.js';
import csdefInternalEndpointsPerRole from './csdef/internal-endpoints-per-role.js';
import csdefInvalidEnumValue from './csdef/invalid-enum-value.js';
import csdefInvalidName from './csdef/invalid-name.js';
import csdefInvalidNumber from './csdef/invalid-number.js';
import csdefInvalidPort from './csdef/invalid-port.js';
import csdefLoadBalancerProbeReference from './csdef/load-balancer-probe-reference.js';
import csdefLocalStorageExceedsDisk from './csdef/local-storage-exceeds-disk.js';
import csdefLocalStorageExceedsSuccessorSize from './csdef/local-storage-exceeds-successor-size.js';
import csdefNetworkTrafficRuleReference from './csdef/network-traffic-rule-reference.js';
import csdefPublicPortRangeOverlap from './csdef/public-port-range-overlap.js';
import csdefRemoteForwarder from './csdef/remote-forwarder.js';
import csdefRequiredAttribute from './csdef/required-attribute.js';
import csdefRetiredImport from './csdef/retired-import.js';
import csdefRoleCount from './csdef/role-count.js';
import csdefRootElement from './csdef/root-element.js';
import csdefStartupTaskPath from './csdef/startup-task-path.js';
import csdefUnexpectedElement from './csdef/unexpected-element.js';
import csdefUnknownImport from './csdef/unknown-import.js';
import csdefUnknownVmSize from './csdef/unknown-vm-size.js';
import csdefVirtualMachineRole from './csdef/virtual-machine-role.js';
import csdefWebRoleWithoutHttpEndpoint from './csdef/web-role-without-http-endpoint.js';
import cscfgDuplicateName from './cscfg/duplicate-name.js';
import cscfgEmulatorStorage from './cscfg/emulator-storage.js';
import cscfgInstances from './cscfg/instances.js';
import cscfgInvalidOsFamily from './cscfg/invalid-os-family.js';
import cscfgInvalidOsVersion from './cscfg/invalid-os-version.js';
import cscfgInvalidThumbprint from './cscfg/invalid-thumbprint.js';
import cscfgInvalidVmName from './cscfg/invalid-vm-name.js';
import cscfgLowercaseThumbprint from './cscfg/lowercase-thumbprint.js';
import cscfgPinnedOsVersion from './cscfg/pinned-os-version.js';
import cscfgRemoteAccessExpiration from './cscfg/remote-access-expiration.js';
import cscfgRequiredAttribute from './cscfg/required-attribute.js';
import cscfgRootElement from './cscfg/root-element.js';
import cscfgSingleInstance from './cscfg/single-instance.js';
import cscfgStorageHttp from './cscfg/storage-http.js';
import cscfgThumbprintAlgorithm from './cscfg/thumbprint-algorithm.js';
import xrefCertificateMissing from './xref/certificate-missing.js';
import xrefCertificateNotDeclared from './xref/certificate-not-declared.js';
import xrefConfigurationVariantsDiffer from './xref/configuration-variants-differ.js';
import xrefDiagnosticsConnectionStringEmpty from './xref/diagnostics-connection-string-empty.js';
import xrefFrameworkNewerThanGuestOs from './xref/framework-newer-than-guest-os.js';
import xrefInstanceInputRangeTooSmall from './xref/instance-input-range-too-small.js';
import xrefNetworkReferenceUnresolved from './xref/network-reference-unresolved.js';
import xrefPluginSettingMissing from './xref/plugin-setting-missing.js';
import xrefRemoteDesktopIncomplete from './xref/remote-desktop-incomplete.js';
import xrefRoleMissingInConfiguration from './xref/role-missing-in-configuration.js';
import xrefRoleNotInDefinition from './xref/role-not-in-definition.js';
import xrefServiceNameMismatch from './xref/service-name-mismatch.js';
import xrefSettingMissing from './xref/setting-missing.js';
import xrefSettingNotDeclared from './xref/setting-not-declared.js';
import pkgAssemblyNotCopied from './pkg/assembly-not-copied.js';
import pkgGeneratedCopy from './pkg/generated-copy.js';
import pkgNoCloudConfiguration from './pkg/no-cloud-configuration.js';
import pkgPathTooLong from './pkg/path-too-long.js';
import pkgPhysicalDirectoryMissing from './pkg/physical-directory-missing.js';
import pkgProjectFileMissing from './pkg/project-file-missing.js';
import pkgRole32Bit from './pkg/role-32-bit.js';
import pkgRoleReferenceUnknown from './pkg/role-reference-unknown.js';
import pkgRoleWithoutProject from './pkg/role-without-project.js';
import pkgSourceDirectoryAbsolute from './pkg/source-directory-absolute.js';
import pkgSourceDirectoryMissing from './pkg/source-directory-missing.js';
import pkgStartupScriptByteOrderMark from './pkg/startup-script-byte-order-mark.js';
import pkgStartupScriptExitCode from './pkg/startup-script-exit-code.js';
import pkgStartupTaskFileMissing from './pkg/startup-task-file-missing.js';
import pkgStartupTaskFileNotCopied from './pkg/startup-task-file-not-copied.js';
import secCertificatePrivateKeyAccess from './sec/certificate-private-key-access.js';
import secElevatedRuntime from './sec/elevated-runtime.js';
import secElevatedStartupTask from './sec/elevated-startup-task.js';
import secHttpOnlyWebRole from './sec/http-only-web-role.js';
import secOpenAdminPort from './sec/open-admin-port.js';
import secPlaceholderSecret from './sec/placeholder-secret.js';
import secPlaintextSecret from './sec/plaintext-secret.js';
import secRdpPluginEnabled from './sec/rdp-plugin-enabled.js';
import secStorageAccountKey from './sec/storage-account-key.js';
import csesArmTemplateMismatch from './cses/arm-template-mismatch.js';
import csesCertificatesKeyVault from './cses/certificates-key-vault.js';
import csesClassicVnetName from './cses/classic-vnet-name.js';
import csesDiagnosticsPlugin from './cses/diagnostics-plugin.js';
import csesLegacyVmSize from './cses/legacy-vm-size.js';
import csesLifecycle from './cses/lifecycle.js';
import csesRdpPlugin from './cses/rdp-plugin.js';
import csesReservedIp from './cses/reserved-ip.js';
import csesRetiredOsFamily from './cses/retired-os-family.js';
import csesRoleSubnetMissing from './cses/role-subnet-missing.js';
import csesServiceNameEqualsRole from './cses/service-name-equals-role.js';
import csesVirtualNetworkMissing from './cses/virtual-network-missing.js';

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
  csdefEndpointLimit,
  csdefHttpsEndpointCertificate,
  csdefIgnoreRoleInstanceStatus,
  csdefInstanceInputPortRange,
  csdefInternalEndpointsPerRole,
  csdefInvalidEnumValue,
  csdefInvalidName,
  csdefInvalidNumber,
  csdefInvalidPort,
  csdefLoadBalancerProbeReference,
  csdefLocalStorageExceedsDisk,
  csdefLocalStorageExceedsSuccessorSize,
  csdefNetworkTrafficRuleReference,
  csdefPublicPortRangeOverlap,
  csdefRemoteForwarder,
  csdefRequiredAttribute,
  csdefRetiredImport,
  csdefRoleCount,
  csdefRootElement,
  csdefStartupTaskPath,
  csdefUnexpectedElement,
  csdefUnknownImport,
  csdefUnknownVmSize,
  csdefVirtualMachineRole,
  csdefWebRoleWithoutHttpEndpoint,
  cscfgDuplicateName,
  cscfgEmulatorStorage,
  cscfgInstances,
  cscfgInvalidOsFamily,
  cscfgInvalidOsVersion,
  cscfgInvalidThumbprint,
  cscfgInvalidVmName,
  cscfgLowercaseThumbprint,
  cscfgPinnedOsVersion,
  cscfgRemoteAccessExpiration,
  cscfgRequiredAttribute,
  cscfgRootElement,
  cscfgSingleInstance,
  cscfgStorageHttp,
  cscfgThumbprintAlgorithm,
  xrefCertificateMissing,
  xrefCertificateNotDeclared,
  xrefConfigurationVariantsDiffer,
  xrefDiagnosticsConnectionStringEmpty,
  xrefFrameworkNewerThanGuestOs,
  xrefInstanceInputRangeTooSmall,
  xrefNetworkReferenceUnresolved,
  xrefPluginSettingMissing,
  xrefRemoteDesktopIncomplete,
  xrefRoleMissingInConfiguration,
  xrefRoleNotInDefinition,
  xrefServiceNameMismatch,
  xrefSettingMissing,
  xrefSettingNotDeclared,
  pkgAssemblyNotCopied,
  pkgGeneratedCopy,
  pkgNoCloudConfiguration,
  pkgPathTooLong,
  pkgPhysicalDirectoryMissing,
  pkgProjectFileMissing,
  pkgRole32Bit,
  pkgRoleReferenceUnknown,
  pkgRoleWithoutProject,
  pkgSourceDirectoryAbsolute,
  pkgSourceDirectoryMissing,
  pkgStartupScriptByteOrderMark,
  pkgStartupScriptExitCode,
  pkgStartupTaskFileMissing,
  pkgStartupTaskFileNotCopied,
  secCertificatePrivateKeyAccess,
  secElevatedRuntime,
  secElevatedStartupTask,
  secHttpOnlyWebRole,
  secOpenAdminPort,
  secPlaceholderSecret,
  secPlaintextSecret,
  secRdpPluginEnabled,
  secStorageAccountKey,
  csesArmTemplateMismatch,
  csesCertificatesKeyVault,
  csesClassicVnetName,
  csesDiagnosticsPlugin,
  csesLegacyVmSize,
  csesLifecycle,
  csesRdpPlugin,
  csesReservedIp,
  csesRetiredOsFamily,
  csesRoleSubnetMissing,
  csesServiceNameEqualsRole,
  csesVirtualNetworkMissing,
];
