// Component tests (jsdom): Testing Library's matchers and timeouts.
import { configure } from '@testing-library/react';
import '@testing-library/jest-dom/vitest';

// CI shares 2 cores with a browser build and Chromium: give findBy*/waitFor room, as the
// per-test timeout in vite.config.ts does. A real failure still fails, only later.
configure({ asyncUtilTimeout: 10_000 });
