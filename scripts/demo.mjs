// `npm run demo`: Rapport in a minute, without a LinkedIn account. Debian's Chromium starts headed with
// a fresh temporary profile and the built extension, on the practice page and on the project's LinkedIn
// fixtures, served through the e2e tests' own routing (tests/e2e/harness.ts): every request that is not
// for a fixture or the extension is blocked, so nothing reaches the internet.
//
// `--headless` (or RAPPORT_DEMO_HEADLESS=1) is for the smoke test: no window, and the script checks
// what a person would see (the practice composer, a fixture served, the content script running in it)
// before it says it is ready. Stops cleanly on Ctrl+C (SIGINT), SIGTERM or when the browser is closed.
import { execFileSync } from 'node:child_process';
import { register } from 'tsx/esm/api';

const headless = process.argv.includes('--headless') || process.env.RAPPORT_DEMO_HEADLESS === '1';
const say = (line = '') => process.stdout.write(`${line}\n`);

if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('npm run demo opens a browser window, and there is no display here ($DISPLAY is not set).');
  console.error('Run it in a desktop session (or over ssh -X), or see the screenshots in docs/screenshots/.');
  process.exit(1);
}

// The build check and the harness are TypeScript: tsx (already a dev dependency) loads them as the tests do.
register();
// Built when dist/ is missing or older than anything it is built from, by the same check the e2e tests use.
const { ensureFreshBuild } = await import('../tests/e2e/fresh-build.ts');
ensureFreshBuild();
execFileSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: ['ignore', 'inherit', 'inherit'] });

const { launchRapport, isolatedWorlds, waitFor } = await import('../tests/e2e/harness.ts');

/** LinkedIn paths the demo opens, each served from a fixture in tests/e2e/fixtures. */
const TABS = [
  { path: '/messaging/thread/2-rapport-demo/', fixture: 'coach-thread.html', what: 'a message thread with Jordan Lee' },
  { path: '/in/priya-shah/', fixture: 'coach-invite.html', what: "Priya Shah's profile, the invitation note open" },
];
const routes = Object.fromEntries(TABS.map(({ path, fixture }) => [path, fixture]));
routes['/preload/'] = 'preload-empty.html';

const rapport = await launchRapport({ headless, routes, welcome: 'keep', ownSignals: true });
let stopping = false;
async function stop(why, code = 0) {
  if (stopping) return;
  stopping = true;
  say(`\nStopping (${why})…`);
  try {
    await rapport.close();
  } catch (error) {
    // The harness refuses to close quietly over requests it blocked: say which, they never left.
    say(error instanceof Error ? error.message.replace('requests beyond', 'blocked requests beyond') : String(error));
  }
  say('Closed the browser and removed its temporary profile.');
  process.exit(code);
}
process.on('SIGINT', () => void stop('Ctrl+C'));
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGHUP', () => void stop('the terminal closed'));
rapport.context.on('close', () => void stop('the browser was closed'));

try {
  const practiceUrl = `chrome-extension://${rapport.extensionId}/src/practice/index.html`;
  say(`Rapport ${rapport.extensionId} is loaded in Chromium with a fresh profile; nothing reaches the internet.`);
  const pages = [];
  for (const tab of TABS) {
    const page = await rapport.openLinkedIn(tab.path);
    pages.push({ page, ...tab });
    say(`  https://www.linkedin.com${tab.path}  ${tab.what} (served from tests/e2e/fixtures/${tab.fixture}: "${await page.title()}")`);
  }
  const practice = await rapport.openExtensionPage('src/practice/index.html');
  say(`  ${practiceUrl}  the practice page`);

  if (headless) {
    // What the smoke test relies on: each claim checked before it is printed.
    await practice.locator('[role="textbox"]').waitFor({ timeout: 10_000 });
    say('check: the practice page shows its composer');
    for (const { page, path } of pages) {
      const worlds = await isolatedWorlds(page, rapport.extensionId);
      await waitFor(() => worlds.contextIds().length > 0, 10_000, `the content script in ${path}`);
      await worlds.cdp.detach();
      say(`check: the content script runs in https://www.linkedin.com${path}`);
    }
  }
  await practice.bringToFront();

  say();
  say('What to try:');
  say('  1. Practice page: "Use an example text", then switch between Sam, Maren and Alex — same words, other verdicts.');
  say('  2. Jordan Lee\'s thread: type "I added you to our newsletter. Could you introduce me to your CTO?"');
  say('  3. Priya Shah\'s invitation: write a sales pitch, or more than 200 characters.');
  say('  4. The toolbar button (puzzle piece → Rapport) shows the popup; the welcome tab has the LinkedIn import.');
  say();
  say('ready — press Ctrl+C here (or close the browser) to stop.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop('an error', 1);
}
