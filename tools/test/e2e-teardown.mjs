// Jest globalTeardown of the `e2e` project: stops the system and removes its temporary data.
export default async function e2eTeardown() {
  await globalThis.__astroSystem?.stop();
}
