import { field } from '@astrobookings/bff';
import type { AuthApi } from '@astrobookings/openapi';
import type { Request } from 'express';
import { ADDRESS_FIELDS, type BillingView } from '../app/account/billing-view';

type BillingDetails = AuthApi.components['schemas']['BillingDetailsDto'];

/** The account page's fields from the Auth API's billing details. */
export function toBillingView(details: BillingDetails): BillingView {
  const address = details.billingAddress;
  return {
    customer: true,
    fullName: details.fullName,
    phone: details.phone ?? '',
    taxId: details.taxId,
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    postalCode: address?.postalCode ?? '',
    city: address?.city ?? '',
    country: address?.country ?? '',
  };
}

/**
 * The posted form as the Auth API takes it: the address fields as one address, or none when all are blank
 * (a customer may keep receipts without one); what is filled in is passed on for the Auth API to judge.
 */
export function toBillingDetails(req: Request): BillingDetails {
  const address = Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, field(req, name).trim()]));
  const hasAddress = Object.values(address).some((value) => value !== '');
  const phone = field(req, 'phone').trim();
  return {
    fullName: field(req, 'fullName'),
    ...(phone ? { phone } : {}),
    taxId: field(req, 'taxId'),
    billingAddress: hasAddress
      ? {
          line1: address['line1'],
          ...(address['line2'] ? { line2: address['line2'] } : {}),
          postalCode: address['postalCode'],
          city: address['city'],
          country: address['country'],
        }
      : null,
  };
}
