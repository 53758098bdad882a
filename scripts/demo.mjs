/**
 * `pnpm demo`: the story from the product docs, end to end, against the embedded sandbox (no accounts, no network):
 * a new order whose card is accepted, then one whose card is declined, then the same Stripe call as a dry run.
 * Runs the real `convoflow` binary (built by `pnpm build`).
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/cli/dist/bin.js');
/** An argument as a POSIX shell reads it back: quoted when it holds anything but plain characters. */
const shellWord = (arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
const convoflow = (...args) => {
  // Printed as it can be pasted: JSON arguments keep their quotes.
  console.log(`\n$ convoflow ${args.map(shellWord).join(' ')}`);
  execFileSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
};

// The ledger step signs in to Google Sheets as a service account: the sandbox's GOOGLE_SERVICE_ACCOUNT_KEY (a published
// test key) is exchanged for an access token at Google's token endpoint, which the sandbox emulates.
console.log(
  '\nThe ledger step uses a Google service account (GOOGLE_SERVICE_ACCOUNT_KEY → access token, both from the sandbox).',
);
convoflow(
  'run',
  'examples/new-order.workflow.json',
  '--sandbox',
  '--input',
  '@examples/new-order.accepted.json',
);
convoflow(
  'run',
  'examples/new-order.workflow.json',
  '--sandbox',
  '--input',
  '@examples/new-order.declined.json',
);
convoflow(
  'call',
  'stripe.createPaymentIntent',
  '--input',
  '{"amount":2000,"currency":"usd","automatic_payment_methods":{"enabled":true}}',
  '--dry-run',
  '--curl',
);
