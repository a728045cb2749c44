// Component tests (jsdom): Testing Library's matchers and timeouts.
import { configure } from '@testing-library/react';
import '@testing-library/jest-dom/vitest';

// CI shares 2 cores with a browser build and Chromium: give findBy*/waitFor room, as the
// per-test timeout in vite.config.ts does. A real failure still fails, only later.
configure({ asyncUtilTimeout: 10_000 });

// jsdom lays nothing out and has no scrollIntoView: a no-op here (the e2e tests check what
// scrolling shows, e.g. raciGrid.spec).
const proto = typeof Element === 'undefined' ? undefined : (Element.prototype as Partial<Element>);
if (proto && !proto.scrollIntoView) proto.scrollIntoView = () => undefined;
