import type { Routes } from '@angular/router';
import { InvoiceDetailPage } from './invoice-detail-page';
import { InvoicesPage } from './invoices-page';

/** Finance's invoice pages, mounted by app.routes. */
export const INVOICE_ROUTES: Routes = [
  { path: 'invoices', component: InvoicesPage },
  { path: 'invoices/:id', component: InvoiceDetailPage },
];
