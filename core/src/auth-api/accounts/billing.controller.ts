import { Body, Controller, Get, Ip, NotFoundException, Patch } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Model } from 'mongoose';
import { CUSTOMER_DB } from '../../platform/database/mongo-connections.js';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { CustomerProfile } from '../../shared/model/customer-db/customer-profile.schema.js';
import { SecurityEvents } from '../security-events.js';
import { BillingDetailsDto } from './billing-details.dto.js';
import { publishedBillingAddress } from '../../shared/model/customer-db/billing-address.js';

/** A customer's own billing details, kept in their Customer DB profile and printed on their next receipts. */
@ApiTags('accounts')
@Controller('auth/me/billing')
@Roles('customer')
export class BillingController {
  constructor(
    @InjectModel(CustomerProfile.name, CUSTOMER_DB) private readonly profiles: Model<CustomerProfile>,
    private readonly events: SecurityEvents,
  ) {}

  @ApiOperation({ summary: "The signed-in customer's name, phone, tax id and billing address." })
  @Get()
  @ApiOkResponse({ type: BillingDetailsDto })
  @ApiProblemResponses(404)
  async get(@CurrentPrincipal() principal: Principal): Promise<BillingDetailsDto> {
    const profile = await this.profiles.findById(principal.userId).lean().exec();
    if (!profile) throw new NotFoundException('The customer profile does not exist.');
    return toBillingDetails(profile);
  }

  @ApiOperation({
    summary: "Replaces the signed-in customer's billing details; receipts issued from now on carry them.",
  })
  @Patch()
  @ApiOkResponse({ type: BillingDetailsDto })
  @ApiProblemResponses(400, 404)
  async update(
    @CurrentPrincipal() principal: Principal,
    @Body() body: BillingDetailsDto,
    @Ip() ip: string,
  ): Promise<BillingDetailsDto> {
    const { billingAddress, phone, ...required } = body;
    const profile = await this.profiles
      .findByIdAndUpdate(
        principal.userId,
        {
          $set: { ...required, ...(phone ? { phone } : {}), ...(billingAddress ? { billingAddress } : {}) },
          $unset: { ...(phone ? {} : { phone: 1 }), ...(billingAddress ? {} : { billingAddress: 1 }) },
        },
        { returnDocument: 'after' },
      )
      .lean()
      .exec();
    if (!profile) throw new NotFoundException('The customer profile does not exist.');
    // Which fields changed, never their values: a tax id and an address are personal data.
    await this.events.record('auth.billing.changed', {
      actor: actorOf(principal),
      ip,
      fields: Object.keys(body).sort(),
    });
    return toBillingDetails(profile);
  }
}

function toBillingDetails(profile: CustomerProfile): BillingDetailsDto {
  return {
    fullName: profile.fullName,
    ...(profile.phone ? { phone: profile.phone } : {}),
    taxId: profile.taxId,
    billingAddress: profile.billingAddress ? publishedBillingAddress(profile.billingAddress) : null,
  };
}
