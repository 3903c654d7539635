export interface SupplierProfile {
  readonly name: string;
  readonly description: string;
  readonly contactEmail: string;
  readonly contactPhone: string;
  readonly legalName: string;
  readonly taxId: string;
  readonly legalAddress: string;
}

export const PROFILE_VIEW_URL = '/bff/profile';

/** The profile's editable fields, in form order. */
export const PROFILE_FIELDS = [
  'name',
  'description',
  'contactEmail',
  'contactPhone',
  'legalName',
  'taxId',
  'legalAddress',
] as const satisfies readonly (keyof SupplierProfile)[];
