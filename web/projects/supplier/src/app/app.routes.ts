import { Routes } from '@angular/router';
import { LaunchesPage } from './launches/launches-page';

export const routes: Routes = [
  { path: '', component: LaunchesPage },
  { path: '**', redirectTo: '' },
];
