import type { CoreApiClient } from '@astrobookings/openapi';
import { Inject, Injectable } from '@nestjs/common';
import { CORE_API_CLIENT } from '../../platform/http/core-api-client.provider.js';

export const HOLD_EXPIRY_JOB = 'hold-expiry';

/** Asks Core API to expire unpaid holds; any answer but 200 is a failed run. */
@Injectable()
export class HoldExpiryJob {
  constructor(@Inject(CORE_API_CLIENT) private readonly coreApi: CoreApiClient) {}

  async execute(): Promise<void> {
    const { data, response } = await this.coreApi.POST('/bookings/holds/expire');
    if (!data) throw new Error(`Core API answered ${response.status}`);
  }
}
