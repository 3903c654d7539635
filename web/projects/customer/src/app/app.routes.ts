import { Routes } from '@angular/router';
import { HomePage } from './home/home-page';
import { LaunchDetailPage } from './launches/launch-detail-page';
import { LaunchListPage } from './launches/launch-list-page';
import { NotFound } from './not-found/not-found';

export const routes: Routes = [
  { path: '', component: HomePage },
  { path: 'launches', component: LaunchListPage },
  { path: 'launches/:id', component: LaunchDetailPage },
  { path: '**', component: NotFound },
];
