import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CsrfField, ErrorState, loadView, pageOrigin, Seo, StatusBadge } from '@astrobookings/ui';
import { FormMessage } from '../shared/form-message';
import { RANGE_LABELS, ROCKETS_VIEW_URL, type RocketsView } from './rockets-view';

/** The supplier's fleet: every rocket with its capacity and range, a form to add one, editing, retiring. */
@Component({
  selector: 'ab-rockets-page',
  imports: [CsrfField, ErrorState, FormMessage, RouterLink, StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="rockets-title">
      <h1 id="rockets-title">Rockets</h1>
      <p class="ab-lead">
        Your fleet. Launches are scheduled on active rockets; retired ones keep their history.
      </p>
      <ab-form-message [error]="error()" [notice]="notice()" />
      <div class="layout">
        @let current = state();
        @if (current.kind === 'error') {
          <ab-error-state heading="Rockets unavailable" />
        } @else if (current.kind === 'loading') {
          <p role="status">Loading rockets…</p>
        } @else {
          <div class="ab-table-wrap" role="region" aria-labelledby="fleet-caption" tabindex="0">
            <table class="ab-table">
              <caption id="fleet-caption">
                {{
                  current.view.rockets.length
                }}
                rockets
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col" class="ab-num">Seats</th>
                  <th scope="col">Range</th>
                  <th scope="col">Status</th>
                  <th scope="col"><span class="ab-visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                @for (rocket of current.view.rockets; track rocket.id) {
                  <tr>
                    <th scope="row">
                      {{ rocket.name }}
                      @if (rocket.model) {
                        <span class="sub">{{ rocket.model }}</span>
                      }
                    </th>
                    <td class="ab-num">{{ rocket.capacity }}</td>
                    <td>{{ rangeLabels[rocket.range] }}</td>
                    <td><ab-status-badge [status]="rocket.status" /></td>
                    <td>
                      <div class="actions">
                        <a
                          class="button secondary small"
                          [routerLink]="['/rockets', rocket.id, 'edit']"
                          [attr.aria-label]="'Edit ' + rocket.name"
                          >Edit</a
                        >
                        @if (rocket.status === 'active') {
                          <form method="post" [attr.action]="action + '/' + rocket.id + '/retire'">
                            <ab-csrf-field />
                            <button
                              type="submit"
                              class="button secondary small"
                              [attr.aria-label]="'Retire ' + rocket.name"
                            >
                              Retire
                            </button>
                          </form>
                        }
                      </div>
                    </td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="5">No rockets yet. Add your first one with the form.</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        <form class="form ab-card" method="post" [attr.action]="action" aria-labelledby="add-rocket-title">
          <h2 id="add-rocket-title">Add a rocket</h2>
          <ab-csrf-field />
          <div class="field">
            <label for="rocket-name">Name</label>
            <input id="rocket-name" name="name" required maxlength="120" />
          </div>
          <div class="field">
            <label for="rocket-model">Model <span class="hint">(optional)</span></label>
            <input id="rocket-model" name="model" maxlength="120" />
          </div>
          <div class="grid-2">
            <div class="field">
              <label for="rocket-capacity">Seats</label>
              <input
                id="rocket-capacity"
                name="capacity"
                type="number"
                min="1"
                max="1000"
                step="1"
                required
              />
            </div>
            <div class="field">
              <label for="rocket-range">Range</label>
              <select id="rocket-range" name="range" required>
                @for (range of ranges; track range[0]) {
                  <option [value]="range[0]">{{ range[1] }}</option>
                }
              </select>
            </div>
          </div>
          <button type="submit" class="button">Add rocket</button>
        </form>
      </div>
    </section>
  `,
  styles: `
    .layout {
      display: grid;
      gap: var(--ab-space-6);
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
      align-items: start;
    }
    .sub {
      display: block;
      font-weight: 400;
      color: var(--ab-color-text-muted);
      font-size: 0.8125rem;
    }
    form:not(.form) {
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ab-space-2);
    }
    .small {
      min-height: 2.25rem;
      padding: var(--ab-space-1) var(--ab-space-3);
    }
  `,
})
export class RocketsPage {
  readonly error = input<string | undefined>();
  readonly notice = input<string | undefined>();
  protected readonly action = ROCKETS_VIEW_URL;
  protected readonly rangeLabels = RANGE_LABELS;
  protected readonly ranges = Object.entries(RANGE_LABELS);
  protected readonly state = loadView<RocketsView>(ROCKETS_VIEW_URL);

  constructor() {
    inject(Seo).apply({
      title: 'Rockets | AstroBookings Supplier',
      description: 'Your fleet of rockets, their capacity and range.',
      canonicalUrl: `${pageOrigin()}/rockets`,
    });
  }
}
