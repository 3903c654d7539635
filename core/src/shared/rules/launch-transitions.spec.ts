import { ConflictException } from '@nestjs/common';
import { FieldRefusalException } from '../../platform/problem/field-refusal.exception.js';
import { LAUNCH_STATUSES, type LaunchStatus } from './launch-status.js';
import { assertTransition, LAUNCH_TRANSITIONS, nextStatuses } from './launch-transitions.js';

const now = new Date('2030-06-01T12:00:00Z');
const tomorrow = new Date('2030-06-02T12:00:00Z');
const yesterday = new Date('2030-05-31T12:00:00Z');
const details = { reason: 'weather', newScheduledAt: tomorrow };

describe('launch transitions', () => {
  it('follow the domain lifecycle exactly', () => {
    expect(LAUNCH_TRANSITIONS).toEqual({
      scheduled: ['confirmed', 'delayed', 'aborted'],
      confirmed: ['successful', 'failed', 'delayed', 'aborted'],
      delayed: ['scheduled', 'confirmed', 'aborted'],
      aborted: [],
      successful: [],
      failed: [],
    });
  });

  it('reject every transition the lifecycle does not list with a conflict naming the allowed ones', () => {
    for (const from of LAUNCH_STATUSES) {
      for (const to of LAUNCH_STATUSES.filter((status) => !LAUNCH_TRANSITIONS[from].includes(status))) {
        expect(() =>
          assertTransition({ status: from, scheduledAt: yesterday }, { to, ...details }, now),
        ).toThrow(ConflictException);
      }
    }
    expect(() =>
      assertTransition({ status: 'successful', scheduledAt: yesterday }, { to: 'scheduled' }, now),
    ).toThrow(/allowed: none/);
  });

  it('accept every listed transition when its details are given', () => {
    for (const from of LAUNCH_STATUSES) {
      for (const to of LAUNCH_TRANSITIONS[from]) {
        expect(() =>
          assertTransition({ status: from, scheduledAt: yesterday }, { to, ...details }, now),
        ).not.toThrow();
      }
    }
  });

  it.each<LaunchStatus>(['successful', 'failed'])('refuse %s before the launch date', (to) => {
    expect(() => assertTransition({ status: 'confirmed', scheduledAt: tomorrow }, { to }, now)).toThrow(
      /before its date/,
    );
  });

  it('require a future date to delay a launch', () => {
    const launch = { status: 'scheduled' as const, scheduledAt: tomorrow };
    expect(() => assertTransition(launch, { to: 'delayed' }, now)).toThrow(FieldRefusalException);
    expect(() => assertTransition(launch, { to: 'delayed', newScheduledAt: yesterday }, now)).toThrow(
      FieldRefusalException,
    );
  });

  it('name the field a delay or an abort is missing, so the form can mark it', () => {
    const launch = { status: 'confirmed' as const, scheduledAt: tomorrow };
    const refusal = (request: Parameters<typeof assertTransition>[1]) => {
      try {
        assertTransition(launch, request, now);
      } catch (error) {
        return (error as FieldRefusalException).errors;
      }
      return undefined;
    };
    expect(refusal({ to: 'delayed', newScheduledAt: yesterday })).toMatchObject([
      { field: 'newScheduledAt', codes: ['in-past'] },
    ]);
    expect(refusal({ to: 'aborted' })).toMatchObject([{ field: 'reason', codes: ['required'] }]);
  });

  it('require a reason to abort a launch', () => {
    const launch = { status: 'confirmed' as const, scheduledAt: tomorrow };
    expect(() => assertTransition(launch, { to: 'aborted', reason: '  ' }, now)).toThrow(
      FieldRefusalException,
    );
  });

  it('offer as next statuses exactly the moves assertTransition accepts now', () => {
    for (const status of LAUNCH_STATUSES) {
      for (const scheduledAt of [yesterday, tomorrow]) {
        const accepted = LAUNCH_STATUSES.filter((to) => {
          try {
            assertTransition({ status, scheduledAt }, { to, ...details }, now);
            return true;
          } catch {
            return false;
          }
        });
        expect(nextStatuses({ status, scheduledAt }, now).sort()).toEqual(accepted.sort());
      }
    }
  });

  it('hold back successful and failed until the launch date has passed', () => {
    expect(nextStatuses({ status: 'confirmed', scheduledAt: tomorrow }, now)).toEqual(['delayed', 'aborted']);
    expect(nextStatuses({ status: 'confirmed', scheduledAt: yesterday }, now)).toEqual([
      'successful',
      'failed',
      'delayed',
      'aborted',
    ]);
  });
});
