import { Routes } from '@angular/router';
import { SupplierInvoicePage } from './invoices/supplier-invoice-page';
import { SupplierInvoicesPage } from './invoices/supplier-invoices-page';
import { BookingsReportPage } from './bookings-report/bookings-report-page';
import { LaunchDetailPage } from './launches/launch-detail-page';
import { LaunchEditPage } from './launches/launch-edit-page';
import { LaunchFormPage } from './launches/launch-form-page';
import { LaunchesPage } from './launches/launches-page';
import { ProfilePage } from './profile/profile-page';
import { RocketEditPage } from './rockets/rocket-edit-page';
import { RocketsPage } from './rockets/rockets-page';

export const routes: Routes = [
  { path: '', component: LaunchesPage },
  { path: 'launches/new', component: LaunchFormPage },
  { path: 'launches/:id', component: LaunchDetailPage },
  { path: 'launches/:id/edit', component: LaunchEditPage },
  { path: 'launches/:id/bookings-report', component: BookingsReportPage },
  { path: 'rockets', component: RocketsPage },
  { path: 'rockets/:id/edit', component: RocketEditPage },
  { path: 'profile', component: ProfilePage },
  { path: 'invoices', component: SupplierInvoicesPage },
  { path: 'invoices/:id', component: SupplierInvoicePage },
  { path: '**', redirectTo: '' },
];
