/**
 * `pnpm smoke`: installs the packed packages (after `pnpm build`) into a fresh folder outside the workspace with
 * npm, as a user would, and uses them: ESM import and CommonJS require of a connector (typed preset, prepareRequest,
 * bytes checked), a TypeScript user file typechecked under moduleResolution bundler and node16 (with a
 * @ts-expect-error that must fire), and the CLI from the tarball (`npx convoflow call … --dry-run --json`, no
 * secrets set). Only published third-party dependencies come from the registry.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishablePackages } from './packages.ts';

const work = mkdtempSync(join(tmpdir(), 'convoflow-smoke-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
mkdirSync(tarballs);
mkdirSync(app);
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  const wanted = publishablePackages().filter((pkg) => pkg.json.name !== '@convoflow/compiler');
  for (const pkg of wanted)
    run('npx', ['-y', 'pnpm@10.34.8', 'pack', '--pack-destination', tarballs], pkg.dir);
  const files = readdirSync(tarballs).map((name) => join(tarballs, name));
  run('npm', ['init', '-y'], app);
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', ...files, 'typescript@5.9.3', '@types/node@^20.19.0'],
    app,
  );

  const expectedBody = 'amount=2000&currency=usd&metadata[order_id]=6735';
  const usage = (load: string) => `${load}
const config = stripe.createPaymentIntent({ amount: 2000, currency: 'usd', metadata: { order_id: '6735' } });
core.prepareRequest(config, { secrets: { STRIPE_SECRET_KEY: 'sk_test_smoke' } }).then((prepared) => {
  if (prepared.body !== ${JSON.stringify(expectedBody)}) throw new Error('unexpected body ' + prepared.body);
  if (prepared.headers.authorization !== 'Bearer sk_test_smoke') throw new Error('unexpected auth');
  if (JSON.stringify(prepared).includes('sk_test_smoke')) throw new Error('secret printed');
  let refused = false;
  try { stripe.createPaymentIntent({ amount: 'lots' }); } catch (error) { refused = error.name === 'InputError'; }
  if (!refused) throw new Error('invalid input was not refused');
  console.log('ok');
});
`;
  writeFileSync(
    join(app, 'esm.mjs'),
    usage("import * as core from '@convoflow/core';\nimport * as stripe from '@convoflow/connector-stripe';"),
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    usage("const core = require('@convoflow/core');\nconst stripe = require('@convoflow/connector-stripe');"),
  );
  for (const file of ['esm.mjs', 'cjs.cjs']) {
    const output = run(process.execPath, [file], app).trim();
    if (output !== 'ok') throw new Error(`${file}: ${output}`);
    console.log(`smoke: ${file} ok`);
  }

  writeFileSync(
    join(app, 'user.ts'),
    [
      "import { prepareRequest } from '@convoflow/core';",
      "import { createPaymentIntent } from '@convoflow/connector-stripe';",
      "const config = createPaymentIntent({ amount: 2000, currency: 'usd' });",
      '// @ts-expect-error amount must be a number',
      "createPaymentIntent({ amount: '2000', currency: 'usd' });",
      '// @ts-expect-error a misspelt field is a type error',
      "createPaymentIntent({ amount: 2000, curency: 'usd' });",
      'export const prepared = prepareRequest(config);',
      '',
    ].join('\n'),
  );
  for (const [name, module, resolution] of [
    ['bundler', 'ESNext', 'bundler'],
    ['node16', 'Node16', 'Node16'],
  ] as const) {
    writeFileSync(
      join(app, `tsconfig.${name}.json`),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module,
          moduleResolution: resolution,
          target: 'ES2022',
          skipLibCheck: false,
          types: ['node'],
        },
        files: ['user.ts'],
      }),
    );
    run(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${name}.json`], app);
    console.log(`smoke: TypeScript (${name}) ok`);
  }

  const cli = JSON.parse(
    run(
      'npx',
      [
        'convoflow',
        'call',
        'stripe.createPaymentIntent',
        '--input',
        '{"amount":2000,"currency":"usd"}',
        '--dry-run',
        '--json',
      ],
      app,
    ),
  ) as { method: string; url: string; headers: Record<string, string>; body: string };
  if (
    cli.url !== 'https://api.stripe.com/v1/payment_intents' ||
    cli.body !== 'amount=2000&currency=usd' ||
    cli.headers.authorization !== 'Bearer <STRIPE_SECRET_KEY>'
  ) {
    throw new Error(`unexpected CLI output ${JSON.stringify(cli)}`);
  }
  console.log('smoke: npx convoflow call --dry-run --json ok');
  console.log(
    `smoke: ${files.length} packages installed from tarballs and used from ESM, CJS, TypeScript and the CLI.`,
  );
} catch (error) {
  const failed = error as { message: string; stdout?: string; stderr?: string };
  console.error(`smoke: FAILED: ${failed.message}\n${failed.stdout ?? ''}${failed.stderr ?? ''}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
