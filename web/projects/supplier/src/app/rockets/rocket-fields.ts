import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Field, FieldControl, KeptValue } from '@astrobookings/ui';
import { RANGE_LABELS, type RocketRow } from './rockets-view';

/**
 * A rocket's fields, shared by the form that adds one (empty) and the one that edits it (filled in).
 * Rendered inside the page's own `<form>`, as part of its grid.
 */
@Component({
  selector: 'ab-rocket-fields',
  imports: [Field, FieldControl, KeptValue],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <ab-field for="rocket-name" label="Name" i18n-label>
      <input abControl name="name" required maxlength="120" [value]="'name' | kept: rocket()?.name ?? ''" />
    </ab-field>
    <ab-field for="rocket-model" label="Model" i18n-label [optional]="true">
      <input abControl name="model" maxlength="120" [value]="'model' | kept: rocket()?.model ?? ''" />
    </ab-field>
    <div class="ab-grid-2">
      <ab-field for="rocket-capacity" label="Seats" i18n-label [hint]="capacityHint()">
        <input
          abControl
          name="capacity"
          type="number"
          min="1"
          max="1000"
          step="1"
          required
          [value]="'capacity' | kept: rocket()?.capacity ?? ''"
        />
      </ab-field>
      <ab-field for="rocket-range" label="Range" i18n-label>
        <select abControl name="range" required>
          @for (range of ranges; track range[0]) {
            <option
              [value]="range[0]"
              [attr.selected]="range[0] === ('range' | kept: rocket()?.range) ? '' : null"
            >
              {{ range[1] }}
            </option>
          }
        </select>
      </ab-field>
    </div>
  `,
})
export class RocketFields {
  /** The rocket being edited; none when adding one. */
  readonly rocket = input<RocketRow>();
  protected readonly ranges = Object.entries(RANGE_LABELS);
  /** Lowering a rocket's seats shrinks its future launches, which a new rocket has none of. */
  protected readonly capacityHint = computed(() =>
    this.rocket() ? $localize`Future launches offering more seats are reduced to this.` : undefined,
  );
}
