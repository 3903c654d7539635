/** What a generated client returns for `GET /health/ready`. */
interface ReadyResult {
  response: Response;
}

/** Turns another service's readiness answer into a health check: anything but 2xx means down. */
export async function expectReady(call: Promise<ReadyResult>): Promise<void> {
  const { response } = await call;
  if (!response.ok) throw new Error(`readiness answered ${response.status}`);
}
