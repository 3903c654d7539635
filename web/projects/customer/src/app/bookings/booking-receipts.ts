import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, LOCALE_ID } from '@angular/core';
import { MoneyPipe } from '@astrobookings/ui';
import { receiptPdfUrl, type ReceiptView } from './receipt-view';

/**
 * A booking's receipts, one per payment and per refund, each a PDF download. Plain links: the download works
 * without JavaScript and the browser's own download shows its progress.
 */
@Component({
  selector: 'ab-booking-receipts',
  imports: [DatePipe, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="ab-card" aria-labelledby="receipts-title">
      <h2 id="receipts-title" i18n>Receipts</h2>
      @if (receipts().length === 0) {
        <p i18n>Your receipt appears here once your payment is received.</p>
      } @else {
        <table>
          <thead>
            <tr>
              <th scope="col" i18n>Number</th>
              <th scope="col" i18n>Kind</th>
              <th scope="col" class="amount" i18n>Amount</th>
              <th scope="col" i18n>Date</th>
              <th scope="col"><span class="ab-visually-hidden" i18n>Download</span></th>
            </tr>
          </thead>
          <tbody>
            @for (receipt of receipts(); track receipt.id) {
              <tr>
                <th scope="row">{{ receipt.number }}</th>
                <td>
                  @if (receipt.kind === 'payment') {
                    <ng-container i18n="receipt kind">Payment</ng-container>
                  } @else {
                    <ng-container i18n="receipt kind">Refund</ng-container>
                  }
                </td>
                <td class="amount">{{ receipt.amountMinor | money: receipt.currency }}</td>
                <td>
                  <time [attr.datetime]="receipt.issuedAt">{{ receipt.issuedAt | date: 'mediumDate' }}</time>
                </td>
                <td>
                  <a [href]="pdfUrl(receipt)" download [attr.aria-label]="downloadLabel(receipt)" i18n
                    >Download PDF</a
                  >
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    </section>
  `,
  styles: `
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: var(--ab-space-2) var(--ab-space-3) var(--ab-space-2) 0;
      text-align: start;
      border-bottom: 1px solid var(--ab-color-border);
    }
    th[scope='row'] {
      font-weight: normal;
      font-variant-numeric: tabular-nums;
    }
    .amount {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class BookingReceipts {
  readonly bookingId = input.required<string>();
  readonly receipts = input.required<readonly ReceiptView[]>();
  private readonly language = inject(LOCALE_ID).startsWith('es') ? 'es' : 'en';

  protected downloadLabel(receipt: ReceiptView): string {
    return $localize`Download PDF of receipt ${receipt.number}:number:`;
  }

  protected pdfUrl(receipt: ReceiptView): string {
    return receiptPdfUrl(this.bookingId(), receipt.id, this.language);
  }
}
