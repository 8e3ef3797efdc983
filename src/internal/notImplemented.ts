// TEMPORARY scaffolding while the modules are being written; must be gone before release.
export function notImplemented(name: string): never {
  throw new Error(`${name} is not implemented yet`);
}
