import type { CoreApiClient } from '@astrobookings/openapi';
import { Inject, Injectable } from '@nestjs/common';
import { CORE_API_CLIENT } from '../http/core-api-client.provider.js';
import type { HealthIndicator } from './health-indicator.js';
import { expectReady } from './remote-ready.js';

/** Core API is a dependency of the Customer API; checked through its generated client. */
@Injectable()
export class CoreApiHealth implements HealthIndicator {
  readonly name = 'core-api';

  constructor(@Inject(CORE_API_CLIENT) private readonly coreApi: CoreApiClient) {}

  check(): Promise<void> {
    return expectReady(this.coreApi.GET('/health/ready'));
  }
}
