// Stops the playground server the global setup started.
export default async function globalTeardown(): Promise<void> {
  await globalThis.creditkitPlaygroundServer?.close();
  globalThis.creditkitPlaygroundServer = undefined;
}
