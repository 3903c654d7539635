import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  CsrfField,
  ErrorState,
  Field,
  FieldControl,
  FormMessage,
  FormSubmit,
  KeptValue,
  LaunchTime,
  loadView,
  MoneyPipe,
  pageOrigin,
  Seo,
  StatusBadge,
} from '@astrobookings/ui';
import { LocalTime } from '../shared/local-time';
import { launchDetailUrl, manifestCsvUrl, type LaunchDetailView } from './launch-detail-view';

/** How each move of the lifecycle is offered as a button. */
const ACTIONS: Readonly<Record<string, string>> = {
  scheduled: $localize`Back to scheduled`,
  confirmed: $localize`Confirm launch`,
  delayed: $localize`Delay launch`,
  aborted: $localize`Abort launch`,
  successful: $localize`Mark successful`,
  failed: $localize`Mark failed`,
};

/**
 * One launch as its supplier manages it: the facts (editable until it is confirmed), what can happen
 * next (one small form per allowed status, each asking only for what that move needs), who changed what
 * and why, the bookings and the passenger manifest with its CSV export.
 */
@Component({
  selector: 'ab-launch-detail-page',
  imports: [
    CsrfField,
    MoneyPipe,
    ErrorState,
    Field,
    FieldControl,
    FormMessage,
    FormSubmit,
    KeptValue,
    LaunchTime,
    LocalTime,
    PercentPipe,
    RouterLink,
    StatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './launch-detail-page.html',
  styleUrl: './launch-detail-page.css',
})
export class LaunchDetailPage {
  readonly notice = input<string | undefined>();
  protected readonly actions = ACTIONS;
  private readonly seo = inject(Seo);
  private readonly origin = pageOrigin();
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly transitionAction = `${launchDetailUrl(this.id)}/transitions`;
  protected readonly csvHref = manifestCsvUrl(this.id);
  protected readonly state = loadView<LaunchDetailView>(launchDetailUrl(this.id), (view) =>
    this.seo.apply({
      title: `${view.launch.missionName} | AstroBookings Supplier`,
      description: `Status, bookings and passenger manifest of ${view.launch.missionName}.`,
      canonicalUrl: `${this.origin}/launches/${this.id}`,
    }),
  );
}
