import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4322);
// The same content built with its search index split by province (tests/dist/split-dist.ts).
const splitPort = Number(process.env.E2E_SPLIT_PORT ?? 4323);

// Playwright cannot download its own browser here: it drives Debian's Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `npm run preview -- --host 127.0.0.1 --port ${port} --ignore-lock`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npm run preview -- --host 127.0.0.1 --port ${splitPort} --ignore-lock`,
      env: { ...process.env, OUT_DIR: 'dist-split' } as Record<string, string>,
      url: `http://127.0.0.1:${splitPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
