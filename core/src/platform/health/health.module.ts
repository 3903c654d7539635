import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { HEALTH_INDICATORS, type HealthIndicator } from './health-indicator.js';

/** `/health/live` and `/health/ready` for a service, checking the given dependencies. */
@Module({})
export class HealthModule {
  static register(indicators: Type<HealthIndicator>[], providers: Provider[] = []): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [
        ...providers,
        ...indicators,
        {
          provide: HEALTH_INDICATORS,
          useFactory: (...instances: HealthIndicator[]) => instances,
          inject: indicators,
        },
      ],
    };
  }
}
