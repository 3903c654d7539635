import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import {
  CsrfField,
  ErrorState,
  Field,
  FieldControl,
  FormMessage,
  FormSubmit,
  KeptValue,
  loadView,
  pageOrigin,
  Seo,
} from '@astrobookings/ui';
import { PROFILE_VIEW_URL, type SupplierProfile } from './profile-view';
import { ReliabilityCard } from './reliability-card';

/** The organisation's public and legal details, shown in a form its staff can save. */
@Component({
  selector: 'ab-profile-page',
  imports: [CsrfField, ErrorState, Field, FieldControl, FormMessage, FormSubmit, KeptValue, ReliabilityCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-page.html',
  styles: `
    .narrow {
      max-width: 44rem;
    }
  `,
})
export class ProfilePage {
  readonly notice = input<string | undefined>();
  protected readonly action = PROFILE_VIEW_URL;
  protected readonly state = loadView<SupplierProfile>(PROFILE_VIEW_URL);

  constructor() {
    inject(Seo).apply({
      title: $localize`Profile | AstroBookings Supplier`,
      description: $localize`Your organisation’s public and legal details.`,
      canonicalUrl: `${pageOrigin()}/profile`,
    });
  }
}
