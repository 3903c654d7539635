import { createAuthApiClient, type AuthApiClient } from '@astrobookings/openapi';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { currentRequestId } from '../logging/request-context.js';

export const SERVICE_NAME = Symbol('SERVICE_NAME');

// Fetch a new token this long before the cached one expires, so no call goes out with an expiring token.
const REFRESH_MARGIN_MS = 60_000;

/** This service's own access token (role `system`), fetched from the Auth API and cached until near expiry. */
@Injectable()
export class ServiceTokens {
  private readonly logger = new Logger(ServiceTokens.name);
  private readonly authApi: AuthApiClient;
  private cached?: { token: string; refreshAt: number };
  private pending?: Promise<string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SERVICE_NAME) private readonly service: string,
  ) {
    this.authApi = createAuthApiClient({
      baseUrl: config.urls.authApi,
      requestId: currentRequestId,
      timeoutMs: config.serviceCallTimeoutMs,
    });
  }

  async token(): Promise<string> {
    if (this.cached && Date.now() < this.cached.refreshAt) return this.cached.token;
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /**
   * The token, or undefined when the Auth API cannot give one: the call then goes out without a token, so a
   * public endpoint (health) still answers and a protected one says 401 instead of this service failing first.
   */
  async tokenIfAvailable(): Promise<string | undefined> {
    try {
      return await this.token();
    } catch (error) {
      this.logger.warn(`no service token: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  private async fetchToken(): Promise<string> {
    const { data, response } = await this.authApi.POST('/auth/service-tokens', {
      body: { service: this.service, secret: this.config.security.internalApiSecret },
    });
    if (!data) throw new Error(`Auth API answered ${response.status} to the service token request`);
    this.cached = {
      token: data.accessToken,
      refreshAt: Date.now() + Math.max(0, data.expiresIn * 1000 - REFRESH_MARGIN_MS),
    };
    return data.accessToken;
  }
}
