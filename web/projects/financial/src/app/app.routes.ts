import { Routes } from '@angular/router';
import { DashboardPage } from './dashboard/dashboard-page';
import { INVOICE_ROUTES } from './invoices/invoice-routes';
import { ReportsPage } from './reports/reports-page';
import { SuppliersPage } from './suppliers/suppliers-page';

export const routes: Routes = [
  { path: '', component: DashboardPage },
  ...INVOICE_ROUTES,
  { path: 'suppliers', component: SuppliersPage },
  { path: 'reports', component: ReportsPage },
  { path: '**', redirectTo: '' },
];
