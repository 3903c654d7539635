/** A passenger as printed on an invoice: copied when it is issued, so later edits do not change it. */
export interface InvoicePassenger {
  fullName: string;
  bookingId: string;
}
