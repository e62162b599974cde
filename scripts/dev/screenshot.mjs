import { chromium } from 'playwright-core';
import { serveDist } from '../../tests/e2e/staticServer.ts';
const [,, path, out, width = '1200'] = process.argv;
const server = await serveDist('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(server.url + path);
await page.screenshot({ path: out, fullPage: false });
await browser.close(); await server.close();
