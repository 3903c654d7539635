import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { Public } from '../../platform/security/public.decorator.js';
import { PaymentEventDto, WebhookReceiptDto } from './payment-event.dto.js';
import { PaymentsService } from './payments.service.js';
import { SimulatedCardProvider } from './simulated-card-provider.js';
import { SIGNATURE_HEADER } from './webhook-signature.js';

@ApiTags('payments')
@Controller('payments/webhooks')
export class PaymentWebhooksController {
  constructor(
    private readonly simulated: SimulatedCardProvider,
    private readonly payments: PaymentsService,
  ) {}

  @ApiOperation({
    summary:
      'Receives the simulated gateway’s payment events. Anonymous but HMAC-signed; each event counts once.',
  })
  @Post('simulated')
  @Public()
  @HttpCode(200)
  @ApiHeader({ name: SIGNATURE_HEADER, required: true, description: 't=<unix seconds>,v1=<hex HMAC-SHA256>' })
  @ApiBody({ type: PaymentEventDto })
  @ApiOkResponse({ type: WebhookReceiptDto })
  @ApiProblemResponses(400)
  // The body stays untyped on purpose: it is checked against its signature before anything reads it.
  receive(@Body() body: unknown, @Headers(SIGNATURE_HEADER) signature?: string): Promise<WebhookReceiptDto> {
    return this.payments.paymentSucceeded(this.simulated.verifyWebhook(body, signature));
  }
}
