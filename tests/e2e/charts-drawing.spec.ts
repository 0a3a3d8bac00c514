import { expect, test, type Page, type Request } from '@playwright/test';

/** Addresses (relative to the base) of every page with charts: each indicator page and /khen-thuong/. */
async function chartPages(page: Page): Promise<string[]> {
  await page.goto('chi-so/');
  const links = await page
    .getByRole('main')
    .getByRole('table')
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const base = new URL(page.url()).pathname.replace(/chi-so\/$/, '');
  return [...links.map((l) => l.slice(base.length)), 'khen-thuong/'];
}

/** Scrolls each chart into view and waits until it reports that it has drawn. */
async function drawAll(page: Page): Promise<number> {
  const charts = page.locator('bv-chart');
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await expect(charts.nth(i)).toHaveAttribute('data-drawn', 'true');
  }
  return count;
}

/** Signature text of the Chart.js core: present in any script that bundles it. */
const chartJsSignature = 'Canvas is already in use';

test.describe('charts', () => {
  test('every chart canvas is drawn once scrolled into view, and plots exactly the numbers of its table', async ({ page }) => {
    test.setTimeout(600_000);
    for (const path of await chartPages(page)) {
      await page.goto(path);
      const count = await drawAll(page);
      expect(count, path).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const chart = page.locator('bv-chart').nth(i);
        const canvas = chart.getByRole('img');
        await expect(canvas).toHaveAttribute('aria-label', /bảng/);
        // Not blank: enough painted pixels for axes and at least one bar or line.
        const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
          const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
          let n = 0;
          for (let p = 3; p < data.length; p += 4) if (data[p] > 0) n++;
          return n;
        });
        expect(painted, `${path} chart ${i}`).toBeGreaterThan(1000);
        const plotted = JSON.parse((await chart.getAttribute('data-chart-values')) ?? '[]') as (number | null)[][];
        const tableId = (await chart.getAttribute('data-table')) ?? '';
        const fromTable = await page.locator(`[id="${tableId}"]`).evaluate((table) => {
          const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll<HTMLElement>('td[data-series]')]);
          const columns = rows[0]?.length ?? 0;
          return Array.from({ length: columns }, (_, s) => rows.map((cells) => (cells[s].dataset.value ? Number(cells[s].dataset.value) : null)));
        });
        expect(plotted, `${path} chart ${i}`).toEqual(fromTable);
      }
    }
  });

  test('a chart far down the page is drawn only when it scrolls into view', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 500 });
    await page.goto('khen-thuong/');
    const last = page.locator('bv-chart').last();
    await page.waitForTimeout(500);
    await expect(last).not.toHaveAttribute('data-drawn', 'true');
    await last.scrollIntoViewIfNeeded();
    await expect(last).toHaveAttribute('data-drawn', 'true');
  });

  test('pages without charts load no Chart.js, pages with charts do', async ({ page }) => {
    test.setTimeout(120_000);
    const bundled = async (path: string, scroll: boolean) => {
      // A script already cached answers 304 with no body, so bodies are fetched afresh by address.
      const scripts = new Set<string>();
      const listener = (request: Request) => {
        if (request.resourceType() === 'script') scripts.add(request.url());
      };
      page.on('request', listener);
      await page.goto(path);
      if (scroll) await drawAll(page);
      await page.waitForLoadState('networkidle');
      page.off('request', listener);
      const bodies = await Promise.all([...scripts].map(async (url) => (await page.request.get(url)).text()));
      return bodies.some((body) => body.includes(chartJsSignature));
    };
    for (const path of ['', 'chi-so/', 'du-lieu/', 'van-ban/', 'don-vi/']) expect(await bundled(path, true), path || '/').toBe(false);
    expect(await bundled('khen-thuong/', true)).toBe(true);
  });

  test('charts draw under a strict Content-Security-Policy without violating it', async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      if ((headers['content-type'] ?? '').includes('text/html')) {
        headers['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
      }
      await route.fulfill({ response, headers });
    });
    for (const path of (await chartPages(page)).slice(0, 3)) {
      await page.goto(path);
      await drawAll(page);
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
    }
  });

  test('with reduced motion the chart is drawn without animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('khen-thuong/');
    const first = page.locator('bv-chart').first();
    await first.scrollIntoViewIfNeeded();
    await expect(first).toHaveAttribute('data-drawn', 'true');
    await expect(first).toHaveAttribute('data-animation', 'off');
  });
});
