import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { CsrfField, ErrorState, FormMessage, FormSubmit, loadView, pageOrigin, Seo } from '@astrobookings/ui';
import { launchDetailUrl, type LaunchDetailView } from './launch-detail-view';
import { LaunchFields } from './launch-fields';

/**
 * The launch form prefilled with a launch's details, while it is not yet confirmed. The rocket stays as
 * scheduled; a new date is refused by the Admin API once seats are sold (a delay tells the customers).
 */
@Component({
  selector: 'ab-launch-edit-page',
  imports: [CsrfField, ErrorState, FormMessage, FormSubmit, LaunchFields, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="ab-narrow" aria-labelledby="edit-launch-title">
      <p i18n><a [routerLink]="['/launches', id]">← Back to the launch</a></p>
      <h1 id="edit-launch-title" i18n>Edit launch</h1>
      <ab-form-message />
      @let current = state();
      @if (current.kind === 'error' || current.kind === 'not-found') {
        <ab-error-state
          heading="This launch could not be loaded"
          i18n-heading
          detail="It may not exist, or it belongs to another supplier."
          i18n-detail
        />
      } @else if (current.kind === 'loading') {
        <p role="status" i18n>Loading the launch…</p>
      } @else {
        @let launch = current.view.launch;
        <p class="ab-lead" i18n>
          {{ launch.missionName }} on {{ launch.rocketName }}. Changes appear in the public catalog at once.
        </p>
        @if (!launch.editable) {
          <p class="ab-message ab-notice" i18n>
            This launch is {{ launch.status }}: its details can no longer change.
          </p>
        } @else {
          <form abForm class="ab-form ab-card" method="post" [attr.action]="action">
            <ab-csrf-field />
            <input type="hidden" name="previousScheduledAt" [value]="launch.siteWallTime" />
            <input type="hidden" name="previousSiteTimeZone" [value]="launch.siteTimeZone" />
            <ab-launch-fields [launch]="launch" />
            <button type="submit" class="ab-button" i18n>Save launch</button>
          </form>
        }
      }
    </section>
  `,
})
export class LaunchEditPage {
  private readonly seo = inject(Seo);
  private readonly origin = pageOrigin();
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly action = launchDetailUrl(this.id);
  protected readonly state = loadView<LaunchDetailView>(launchDetailUrl(this.id), (view) =>
    this.seo.apply({
      title: `Edit ${view.launch.missionName} | AstroBookings Supplier`,
      description: `Change the details of ${view.launch.missionName}.`,
      canonicalUrl: `${this.origin}/launches/${this.id}/edit`,
    }),
  );
}
