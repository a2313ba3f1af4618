/**
 * The one message for the retired VirtualMachineRole, shared by the lint rule and the packager's
 * refusal so that both say the same thing and point the same way forward.
 */
export function virtualMachineRoleRetired(name: string | undefined): string {
  return `VirtualMachineRole "${name ?? ''}" is retired and cannot be deployed or packaged; rebuild it as a WorkerRole whose startup tasks install what the image held, or move it to Virtual Machine Scale Sets`;
}
