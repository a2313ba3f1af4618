/** Names and URIs of the two package formats (cspkg-format.md §3, §4). */

export const REQUIRED_RESOURCE = 'http://schemas.microsoft.com/opc/2006/sample/required-resource';
export const PRODUCT_VERSION_REL = 'http://schemas.microsoft.com/ServiceHosting/2009/10/UAR/ProductVersion';
export const UAR_MANIFEST_REL = 'http://schemas.microsoft.com/ServiceHosting/2009/10/UAR/Manifest';
export const CTP_REL = 'http://schemas.microsoft.com/windowsazure/PackageDefinition/Version/2012/03/15';
export const CTP_NS = 'http://schemas.microsoft.com/windowsazure';
export const CTP_PRODUCT_VERSION_KEY = 'http://schemas.microsoft.com/windowsazure/ProductVersion/';
export const CSDEF_NS = 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition';

export const CSDEF_DOC = 'ServiceDefinition/ServiceDefinition.csdef';
export const RD_DOC = 'ServiceDefinition/ServiceDefinition.rd';
export const RDSC_DOC = 'ServiceDefinition/ServiceDefinition.rdsc';
export const NAMED_STREAM_KINDS = ['RequiredFeatures', 'SupportedOSes', 'SupportData'] as const;

/** Text a stand-in runtime file written by `--sdk-kit stub` starts with; verify refuses packages holding one. */
export const STUB_MARKER = 'cloudservice-lint stand-in runtime file: NOT DEPLOYABLE';
