import { ConflictException } from '@nestjs/common';
import { FieldRefusalException } from '../../platform/problem/field-refusal.exception.js';
import type { LaunchStatus } from './launch-status.js';

/** The domain's lifecycle: which status may follow which (aborted, successful and failed are final). */
export const LAUNCH_TRANSITIONS: Readonly<Record<LaunchStatus, readonly LaunchStatus[]>> = {
  scheduled: ['confirmed', 'delayed', 'aborted'],
  confirmed: ['successful', 'failed', 'delayed', 'aborted'],
  delayed: ['scheduled', 'confirmed', 'aborted'],
  aborted: [],
  successful: [],
  failed: [],
};

/** Whether it flew is only known after its date: successful and failed wait for it. */
function awaitsLaunchDate(to: LaunchStatus): boolean {
  return to === 'successful' || to === 'failed';
}

/** The statuses a launch may move to now: the lifecycle's next steps the date already allows. */
export function nextStatuses(launch: { status: LaunchStatus; scheduledAt: Date }, now: Date): LaunchStatus[] {
  return LAUNCH_TRANSITIONS[launch.status].filter((to) => !awaitsLaunchDate(to) || launch.scheduledAt <= now);
}

export interface TransitionRequest {
  to: LaunchStatus;
  reason?: string;
  newScheduledAt?: Date;
}

/** Throws the problem a transition breaks: 409 for the lifecycle and the date, 422 for missing details. */
export function assertTransition(
  launch: { status: LaunchStatus; scheduledAt: Date },
  request: TransitionRequest,
  now: Date,
): void {
  const allowed = LAUNCH_TRANSITIONS[launch.status];
  if (!allowed.includes(request.to)) {
    throw new ConflictException(
      `A ${launch.status} launch cannot become ${request.to}; allowed: ${allowed.join(', ') || 'none'}.`,
    );
  }
  if (awaitsLaunchDate(request.to) && launch.scheduledAt > now) {
    throw new ConflictException(
      `A launch cannot be marked ${request.to} before its date (${launch.scheduledAt.toISOString()}).`,
    );
  }
  if (request.to === 'delayed' && !(request.newScheduledAt && request.newScheduledAt > now)) {
    throw new FieldRefusalException(422, [
      {
        field: 'newScheduledAt',
        code: request.newScheduledAt ? 'in-past' : 'required',
        message: 'Delaying a launch requires a newScheduledAt in the future.',
      },
    ]);
  }
  if (request.to === 'aborted' && !request.reason?.trim()) {
    throw new FieldRefusalException(422, [
      { field: 'reason', code: 'required', message: 'Aborting a launch requires a reason.' },
    ]);
  }
}
