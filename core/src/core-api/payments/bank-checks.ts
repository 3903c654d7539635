import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import type { PaymentSession } from '../../shared/model/operations/payment-session.entity.js';
import { SimulatedCardProvider } from './simulated-card-provider.js';

/** Where a session's 3-D Secure check stands: the payer waits, or may go back while the payment settles. */
export type BankCheckStage = 'authenticating' | 'settling';

/**
 * The simulated bank's 3-D Secure checks in progress. A check takes two steps of SIMULATED_3DS_DELAY_MS, as a
 * real one does: the bank authenticates the payer, who waits on the checkout page; then the payer is sent
 * back while the gateway captures, and its webhook confirms the booking a moment later. Nothing holds an HTTP
 * request open meanwhile, so both pages can show the wait. A real gateway keeps this state on its side; the
 * simulator keeps it in memory, so a restart forgets a check and the payer meets the card form again, with
 * nothing charged.
 */
@Injectable()
export class BankChecks implements OnModuleDestroy {
  private readonly logger = new Logger(BankChecks.name);
  private readonly stages = new Map<string, BankCheckStage>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly simulated: SimulatedCardProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts the check of a session once: submitting the card again while it runs starts nothing more. */
  start(session: PaymentSession): void {
    if (this.stages.has(session.id)) return;
    this.stages.set(session.id, 'authenticating');
    this.after(() => {
      this.stages.set(session.id, 'settling');
      this.after(() => {
        this.simulated
          .capture(session)
          .catch((error: unknown) =>
            this.logger.error(`capture of session ${session.id} failed: ${String(error)}`),
          )
          .finally(() => this.stages.delete(session.id));
      });
    });
  }

  stage(sessionId: string): BankCheckStage | undefined {
    return this.stages.get(sessionId);
  }

  onModuleDestroy(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private after(step: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      step();
    }, this.config.payments.threeDsDelayMs);
    this.timers.add(timer);
  }
}
