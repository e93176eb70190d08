import { defineConfig, type PluginOption } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';

type Target = 'chrome' | 'firefox';
type Manifest = Record<string, unknown> & { background: Record<string, unknown> };

const CONTENT_ENTRY = 'src/content/index.ts';
/** Extension pages the manifest does not name (it names the popup and the options page). */
const PAGES: Record<string, string> = {
  welcome: 'src/welcome/index.html',
  practice: 'src/practice/index.html',
};

// One source manifest; each browser gets the shape it understands.
export function manifestFor(target: Target): Manifest {
  const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Manifest;
  if (target === 'firefox') {
    // Firefox MV3 has no extension service workers: the same module runs as an event page.
    manifest.background = { scripts: [manifest.background.service_worker], type: 'module' };
    delete manifest.minimum_chrome_version;
  } else {
    delete manifest.browser_specific_settings;
  }
  return manifest;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      crx({
        manifest: manifestFor(target) as unknown as ManifestV3Export,
        browser: target,
        // The content script must be one classic script: crxjs's default loader would
        // expose its chunks as web_accessible_resources, which LinkedIn probes for.
        contentScripts: { standaloneFiles: [CONTENT_ENTRY], injectCss: false },
      }) as PluginOption,
    ],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      minify: true,
      modulePreload: false,
      rollupOptions: { input: PAGES },
    },
  };
});
