import { inject, LOCALE_ID, Pipe, type PipeTransform } from '@angular/core';
import { formatMoney } from './format-money';

/** `{{ booking.amountMinor | money: booking.currency }}`: minor units in the page's language (`LOCALE_ID`). */
@Pipe({ name: 'money' })
export class MoneyPipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(minor: number, currency: string): string {
    return formatMoney(minor, currency, this.locale);
  }
}
