import { Routes } from '@angular/router';
import { SuppliersPage } from './suppliers/suppliers-page';

export const routes: Routes = [
  { path: '', component: SuppliersPage },
  { path: '**', redirectTo: '' },
];
