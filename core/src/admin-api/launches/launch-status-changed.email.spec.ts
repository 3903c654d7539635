import { LAUNCH_STATUS_CHANGED } from './launch-status-changed.email.js';

const change = {
  missionName: 'Lunar Loop',
  toStatus: 'aborted',
  fromStatus: 'delayed',
  launchTime: 'the time',
  reason: 'Weather',
} as const;

describe('LAUNCH_STATUS_CHANGED', () => {
  it('tells of an aborted launch in English, with the reason and the refund', () => {
    const email = LAUNCH_STATUS_CHANGED.en(change);
    expect(email.subject).toBe('Lunar Loop: launch aborted');
    expect(email.text).toBe(
      'The launch Lunar Loop is now aborted (was delayed).\nLaunch date: the time\nReason: Weather\n' +
        'Every booking on this launch is cancelled and fully refunded.',
    );
  });

  it('tells of an aborted launch in Spanish, naming both statuses in Spanish', () => {
    const email = LAUNCH_STATUS_CHANGED.es(change);
    expect(email.subject).toBe('Lunar Loop: lanzamiento abortado');
    expect(email.text).toContain('El lanzamiento Lunar Loop está ahora abortado (antes: retrasado).');
    expect(email.text).toContain('Motivo: Weather');
    expect(email.text).toContain('se reembolsan por completo');
  });

  it('calls a launch without a previous status new', () => {
    const email = LAUNCH_STATUS_CHANGED.es({
      ...change,
      toStatus: 'delayed',
      fromStatus: undefined,
      reason: undefined,
    });
    expect(email.text).toBe(
      'El lanzamiento Lunar Loop está ahora retrasado (antes: nuevo).\nFecha de lanzamiento: the time',
    );
  });
});
