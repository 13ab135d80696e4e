import './style.css';
import { byId } from './dom.ts';
import { ErrorList } from './error-list.ts';
import { describeError } from './gateway-error.ts';
import { JobsConsole } from './jobs-console.ts';

const loginSection = byId('login', HTMLElement);
const loginForm = byId('login-form', HTMLFormElement);
const loginError = byId('login-error', HTMLParagraphElement);
const jobsSection = byId('jobs', HTMLElement);
const signedInAs = byId('signed-in-as', HTMLElement);
const errors = new ErrorList(byId('errors', HTMLUListElement));

/** The signed-in console; credentials live in its Gateway, in memory only. */
let session: JobsConsole | undefined;

/** HTTP Basic of a user and password, UTF-8 as browsers send it. */
function basicAuthorization(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

loginForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const fields = new FormData(loginForm);
  const user = String(fields.get('user') ?? '');
  const password = String(fields.get('password') ?? '');
  const console = new JobsConsole(basicAuthorization(user, password), user, errors);
  loginError.textContent = '';
  try {
    await console.start();
  } catch (error) {
    console.dispose();
    const { headline, detail, code } = describeError(error);
    loginError.textContent = [headline, detail, `(${code})`].filter(Boolean).join(' ');
    return;
  }
  session = console;
  loginForm.reset();
  signedInAs.textContent = user;
  loginSection.hidden = true;
  jobsSection.hidden = false;
  byId('jobs-title', HTMLElement).focus();
});

byId('logout', HTMLButtonElement).addEventListener('click', () => {
  session?.dispose();
  session = undefined;
  errors.clear();
  jobsSection.hidden = true;
  loginSection.hidden = false;
  byId('login-title', HTMLElement).focus();
});
