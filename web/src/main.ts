import { ReviewApi, SessionEnded, type Me } from './api.ts';
import { loadConfig, type ConsoleConfig } from './config.ts';
import { h, replaceChildren } from './dom.ts';
import { ModerationScreen } from './moderation-screen.ts';
import { formatRoute, parseRoute } from './route.ts';
import { clearSession, isLive, loadSession, saveSession, type Session } from './session.ts';
import { signIn } from './sign-in.ts';
import { signInForm } from './views/sign-in-form.ts';

// Boot: read the runtime config, then either the sign-in form or the console. Any 401
// from the API lands back here, on the sign-in form, with the reason shown.

const POLL_MS = 3000;

const app = document.getElementById('app')!;
const announcer = document.getElementById('announcer')!;

const announce = (message: string) => {
  // Re-setting the same text is not re-read by screen readers; clear first.
  announcer.textContent = '';
  requestAnimationFrame(() => (announcer.textContent = message));
};

const notice = (text: string, ...extra: Node[]) => replaceChildren(app, h('main', { class: 'placeholder' }, h('p', {}, text), ...extra));

const start = (config: ConsoleConfig) => {
  let session: Session | null = loadSession(Date.now());
  let screen: ModerationScreen | null = null;
  let account: Me | null = null;
  const api = new ReviewApi(config.apiUrl, () => (session && isLive(session, Date.now()) ? session : null));

  const showSignIn = (message: string | null) => {
    screen?.stop();
    screen = null;
    session = null;
    clearSession();
    replaceChildren(
      app,
      signInForm(
        {
          submit: async (credentials) => {
            session = await signIn(config.auth, config.apiUrl, credentials, Date.now());
            saveSession(session);
            await showConsole();
          },
        },
        message,
      ),
    );
    document.title = 'Sign in · Sieve moderation';
    (app.querySelector('#username') as HTMLInputElement | null)?.focus();
  };

  const signOut = () => {
    showSignIn('You have signed out.');
    announce('Signed out.');
  };

  const showConsole = async (known?: Me) => {
    screen?.stop();
    screen = null;
    notice('Loading…');
    let me: Me;
    try {
      me = known ?? (await api.me());
    } catch (error) {
      if (error instanceof SessionEnded) return showSignIn(error.message);
      return notice(`Could not load your account: ${(error as Error).message}`, h('button', { type: 'button', onclick: () => void showConsole() }, 'Try again'));
    }
    account = me;
    if (!me.sites.length) {
      return notice(`${me.username} may not moderate any site yet. Ask an administrator to grant one.`, h('button', { type: 'button', onclick: signOut }, 'Sign out'));
    }
    const route = parseRoute(location.hash, me.sites);
    history.replaceState(null, '', formatRoute(route));
    screen = new ModerationScreen({
      api,
      me,
      route,
      pollMs: POLL_MS,
      announce,
      routeChanged: (r) => history.replaceState(null, '', formatRoute(r)),
      sessionEnded: (message) => showSignIn(message),
      signOut,
    });
    replaceChildren(app, screen.element);
    document.title = `${route.siteId} · Sieve moderation`;
    screen.start();
  };

  // A changed fragment (a pasted link, Back) opens that queue; the console's own
  // replaceState calls fire no hashchange, so this only runs for outside changes.
  window.addEventListener('hashchange', () => {
    if (screen && account) void showConsole(account);
  });

  if (session) void showConsole();
  else showSignIn(null);
};

loadConfig().then(start, (error: Error) => notice(`The console could not start: ${error.message}`));
