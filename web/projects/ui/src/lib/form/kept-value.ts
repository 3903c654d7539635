import { inject, Pipe, type PipeTransform } from '@angular/core';
import { FormProblems } from './form-problems';

/**
 * A control's value: what the person sent when their post was refused, else what the page would show.
 * `[value]="'missionName' | kept: launch?.missionName ?? ''"`. Secrets are never kept by the BFF, so a
 * password field is always empty again.
 */
@Pipe({ name: 'kept' })
export class KeptValue implements PipeTransform {
  private readonly problems = inject(FormProblems);

  transform(name: string, fallback: string | number | null | undefined = ''): string {
    return this.problems.value(name, fallback == null ? '' : String(fallback));
  }
}
