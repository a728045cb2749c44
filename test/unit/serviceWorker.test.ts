/** The service worker is registered only after the first view's frame, a pause, and idle time. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  registerServiceWorkerWhenIdle,
  resetServiceWorkerSchedule,
  type ServiceWorkerHost,
} from '../../src/app/serviceWorker';

/** A host whose frame, timer and idle callbacks run when the test says. */
function manualHost() {
  const queue: { kind: string; run: () => void }[] = [];
  const register = vi.fn();
  const host: ServiceWorkerHost = {
    register,
    frame: (run) => queue.push({ kind: 'frame', run }),
    later: (run) => queue.push({ kind: 'later', run }),
    idle: (run) => queue.push({ kind: 'idle', run }),
  };
  const step = () => {
    const next = queue.shift();
    next?.run();
    return next?.kind;
  };
  return { host, register, step };
}

beforeEach(() => resetServiceWorkerSchedule());

describe('registerServiceWorkerWhenIdle', () => {
  it('registers sw.js after the first frame, a pause and an idle moment, not before', () => {
    const { host, register, step } = manualHost();
    registerServiceWorkerWhenIdle(host);
    expect(register).not.toHaveBeenCalled();
    expect(step()).toBe('frame');
    expect(step()).toBe('later');
    expect(register).not.toHaveBeenCalled();
    expect(step()).toBe('idle');
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('schedules once, however often the shell asks', () => {
    const { host, register, step } = manualHost();
    registerServiceWorkerWhenIdle(host);
    registerServiceWorkerWhenIdle(host);
    while (step());
    expect(register).toHaveBeenCalledTimes(1);
  });
});
