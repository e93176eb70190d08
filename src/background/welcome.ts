/** The first-run page, as a path inside the extension (the build keeps source paths for pages). */
export const WELCOME_PAGE = 'src/welcome/index.html';

/**
 * A fresh install opens the welcome page in a tab of its own (that needs no permission). An update,
 * a browser update or a reload of the extension opens nothing: the user has seen it, and the options
 * page links to it. `firstRun` (no settings stored yet) tells a real first install from the
 * "install" Chromium reports on every start for an extension loaded with --load-extension, whose
 * storage it keeps.
 */
export async function welcomeOnInstall(reason: string, firstRun: boolean, open: (path: string) => Promise<unknown>): Promise<void> {
  if (reason === 'install' && firstRun) await open(WELCOME_PAGE);
}
