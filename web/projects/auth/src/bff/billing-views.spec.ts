import type { Request } from 'express';
import { toBillingDetails, toBillingView } from './billing-views';

const posted = (body: Record<string, string>) => ({ body }) as unknown as Request;

describe('billing views', () => {
  it('posts the address fields as one billing address, leaving out a blank second line and phone', () => {
    expect(
      toBillingDetails(
        posted({
          fullName: 'Ana',
          phone: ' ',
          taxId: 'es 1234.5678-z',
          line1: 'Calle Mayor 1',
          line2: '',
          postalCode: '28013',
          city: 'Madrid',
          country: 'es',
        }),
      ),
    ).toEqual({
      fullName: 'Ana',
      taxId: 'es 1234.5678-z',
      billingAddress: { line1: 'Calle Mayor 1', postalCode: '28013', city: 'Madrid', country: 'es' },
    });
  });

  it('posts no address when every address field is blank', () => {
    expect(
      toBillingDetails(posted({ fullName: 'Ana', taxId: 'ES12345678Z', city: '  ' })).billingAddress,
    ).toBeNull();
  });

  it('shows a profile without an address as empty address fields', () => {
    expect(toBillingView({ fullName: 'Ana', taxId: 'ES12345678Z', billingAddress: null })).toEqual({
      customer: true,
      fullName: 'Ana',
      phone: '',
      taxId: 'ES12345678Z',
      line1: '',
      line2: '',
      postalCode: '',
      city: '',
      country: '',
    });
  });
});
