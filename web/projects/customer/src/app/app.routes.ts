import { Routes } from '@angular/router';
import { BookPage } from './bookings/book-page';
import { BookingPage } from './bookings/booking-page';
import { TripsPage } from './bookings/trips-page';
import { HomePage } from './home/home-page';
import { LaunchDetailPage } from './launches/launch-detail-page';
import { LaunchListPage } from './launches/launch-list-page';
import { NotFoundPage } from './not-found/not-found-page';

export const routes: Routes = [
  { path: '', component: HomePage },
  { path: 'launches', component: LaunchListPage },
  { path: 'launches/:id', component: LaunchDetailPage },
  { path: 'launches/:id/book', component: BookPage },
  { path: 'bookings', component: TripsPage },
  { path: 'bookings/:id', component: BookingPage },
  { path: '**', component: NotFoundPage },
];
