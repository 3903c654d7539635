import { Body, Controller, Get, Inject, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { BookingIdParamDto } from '../bookings/booking-request.dto.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { Public } from '../../platform/security/public.decorator.js';
import { BankChecks } from './bank-checks.js';
import { checkoutPage, checkoutPagePolicy, type CheckoutPageModel } from './checkout-page.js';
import type { PaymentSession } from '../../shared/model/operations/payment-session.entity.js';
import { SimulatedCardProvider } from './simulated-card-provider.js';
import { cardOutcome } from './test-cards.js';

/**
 * The simulated gateway's hosted checkout: a browser page, not part of the JSON API (so not in OpenAPI). It
 * stands in for a third-party site, hence anonymous: the unguessable session id is the capability.
 */
@ApiExcludeController()
@Public()
@Controller('payments/simulated')
export class SimulatedCheckoutController {
  constructor(
    private readonly simulated: SimulatedCardProvider,
    private readonly bankChecks: BankChecks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id')
  async show(@Param() params: BookingIdParamDto, @Res() response: Response): Promise<void> {
    const session = await this.openSession(params.id);
    // Paid, or closed because the booking has a newer session: nothing to pay here.
    if (session.status !== 'open') return this.backToBooking(response, session);
    if (this.inBankCheck(response, session)) return;
    this.sendPage(response, 200, { sessionId: session.id, ...session });
  }

  @Post(':id')
  async pay(
    @Param() params: BookingIdParamDto,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const session = await this.openSession(params.id);
    if (this.inBankCheck(response, session)) return;
    const outcome = cardOutcome(typeof body.cardNumber === 'string' ? body.cardNumber : '');
    if (outcome === 'decline' || outcome === 'unknown') {
      const error =
        outcome === 'decline'
          ? 'Your card was declined. Try another card.'
          : 'Enter one of the test card numbers listed below.';
      this.sendPage(response, 422, { sessionId: session.id, ...session, error });
      return;
    }
    if (outcome === 'three-ds-success') {
      this.bankChecks.start(session);
      this.inBankCheck(response, session);
      return;
    }
    await this.simulated.capture(session);
    this.backToBooking(response, session);
  }

  private async openSession(id: string): Promise<PaymentSession> {
    const session = await this.simulated.session(id);
    if (!session) throw new NotFoundException(`Checkout session ${id} does not exist.`);
    return session;
  }

  /**
   * While the bank checks the session, its page shows the progress (202: the payment is accepted, not done);
   * once the payer is authenticated, the page sends them back to the booking, which follows the rest.
   */
  private inBankCheck(response: Response, session: PaymentSession): boolean {
    const stage = this.bankChecks.stage(session.id);
    if (stage === 'authenticating')
      this.sendPage(response, 202, { sessionId: session.id, ...session, checking: true });
    else if (stage === 'settling') this.backToBooking(response, session);
    return stage !== undefined;
  }

  private sendPage(response: Response, status: number, model: CheckoutPageModel): void {
    const returnOrigin = new URL(this.config.urls.customerWeb).origin;
    response
      .status(status)
      .set('content-security-policy', checkoutPagePolicy(returnOrigin, model.checking))
      .set('cache-control', 'no-store')
      .type('html')
      .send(checkoutPage(model));
  }

  private backToBooking(response: Response, session: PaymentSession): void {
    response.redirect(303, `${this.config.urls.customerWeb}/bookings/${session.bookingId}?paid=1`);
  }
}
