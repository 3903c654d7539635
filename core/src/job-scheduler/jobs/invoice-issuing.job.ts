import type { JobContext } from './job-context.js';

/**
 * Has Admin API issue the automatic invoices still missing: the repair for a launch whose invoice was not
 * issued right after its transition (a crash in between). A launch that could not be invoiced fails the run.
 */
export async function issueMissingInvoices({ adminApi }: JobContext): Promise<string> {
  const { data, response } = await adminApi.POST('/invoices/issuing-runs');
  if (!data) throw new Error(`Admin API answered ${response.status}`);
  if (data.failed > 0) throw new Error(`${data.failed} launch(es) could not be invoiced`);
  return `${data.issued.length} invoice(s) issued${data.issued.length ? `: ${data.issued.join(', ')}` : ''}`;
}
