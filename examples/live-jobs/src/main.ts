import './style.css';
import { StartBackupMutation, StartLunCreationMutation } from './documents.ts';
import { ErrorList } from './error-list.ts';
import { Gateway } from './gateway.ts';
import { GatewayError } from './gateway-error.ts';
import { JobBoard } from './job-board.ts';
import { fillOsTypes, readLunForm } from './lun-form.ts';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`expects #${id} to be a ${type.name}`);
  return node;
}

const loginSection = byId('login', HTMLElement);
const loginForm = byId('login-form', HTMLFormElement);
const loginError = byId('login-error', HTMLParagraphElement);
const jobsSection = byId('jobs', HTMLElement);
const signedInAs = byId('signed-in-as', HTMLElement);
const errors = new ErrorList(byId('errors', HTMLUListElement));
const jobsBody = byId('jobs-body', HTMLTableSectionElement);
const lunForm = byId('lun-form', HTMLFormElement);
fillOsTypes(byId('lun-os-type', HTMLSelectElement));

/** The signed-in session; credentials live here, in memory only. */
let session: { gateway: Gateway; board: JobBoard } | undefined;

/** HTTP Basic of a user and password, UTF-8 as browsers send it. */
function basicAuthorization(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

loginForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const fields = new FormData(loginForm);
  const user = String(fields.get('user') ?? '');
  const gateway = new Gateway(basicAuthorization(user, String(fields.get('password') ?? '')));
  const board = new JobBoard(gateway, jobsBody, (error) => errors.show(error));
  loginError.textContent = '';
  try {
    await board.load();
  } catch (error) {
    board.dispose();
    gateway.dispose();
    loginError.textContent = describe(error);
    return;
  }
  session = { gateway, board };
  loginForm.reset();
  signedInAs.textContent = user;
  loginSection.hidden = true;
  jobsSection.hidden = false;
});

byId('logout', HTMLButtonElement).addEventListener('click', () => {
  session?.board.dispose();
  session?.gateway.dispose();
  session = undefined;
  jobsBody.replaceChildren();
  errors.clear();
  jobsSection.hidden = true;
  loginSection.hidden = false;
});

byId('refresh', HTMLButtonElement).addEventListener('click', () => {
  session?.board.load().catch((error: unknown) => errors.show(error));
});

byId('start-backup', HTMLButtonElement).addEventListener('click', async (event) => {
  if (!session) return;
  const button = event.currentTarget as HTMLButtonElement;
  button.disabled = true;
  try {
    const { createBackup } = await session.gateway.request(StartBackupMutation, {});
    session.board.add(createBackup.job);
  } catch (error) {
    errors.show(error);
  } finally {
    button.disabled = false;
  }
});

lunForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!session) return;
  try {
    const input = readLunForm(lunForm);
    const { createLun } = await session.gateway.request(StartLunCreationMutation, { input });
    session.board.add(createLun.job);
  } catch (error) {
    errors.show(error);
  }
});

function describe(error: unknown): string {
  if (error instanceof GatewayError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
