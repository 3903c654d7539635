import { Pipe, type PipeTransform } from '@angular/core';

const LABELS: Readonly<Record<string, string>> = {
  launch_fee: $localize`Launch fee`,
  abort_fee: $localize`Abort fee`,
  manual: $localize`Manual`,
};

/** `{{ invoice.feeKind | feeKind }}`: what an invoice charges, in the page's language. */
@Pipe({ name: 'feeKind' })
export class FeeKindLabel implements PipeTransform {
  transform(kind: string): string {
    return LABELS[kind] ?? kind;
  }
}
