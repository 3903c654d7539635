import { Routes } from '@angular/router';
import { StatusPage } from './status/status-page';

export const routes: Routes = [
  { path: '', component: StatusPage },
  { path: '**', redirectTo: '' },
];
