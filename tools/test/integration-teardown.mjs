// Jest globalTeardown of the `integration` project: stops what integration-setup started.
export default async function integrationTeardown() {
  await globalThis.__astroTestEnvironment?.stop();
}
