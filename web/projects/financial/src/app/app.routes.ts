import { Routes } from '@angular/router';
import { INVOICE_ROUTES } from './invoices/invoice-routes';
import { SuppliersPage } from './suppliers/suppliers-page';

export const routes: Routes = [
  { path: '', component: SuppliersPage },
  ...INVOICE_ROUTES,
  { path: '**', redirectTo: '' },
];
