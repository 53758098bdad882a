/**
 * `pnpm demo`: the Custom API node on the product docs' examples (examples/custom-api-node/*.json).
 * Each config is validated and prepared with obviously fake secrets, then shown as the exact request it would send,
 * as a redacted curl command. Nothing leaves this machine.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CustomApiNodeConfig, prepareRequest, toCurl } from '../packages/core/src/index.ts';

const examples = join(dirname(fileURLToPath(import.meta.url)), '../examples/custom-api-node');
const fakeSecrets: Record<string, string> = {
  EXAMPLE_API_KEY: 'demo-api-key',
  OAUTH_ACCESS_TOKEN: 'demo-oauth-token',
  EXAMPLE_USERNAME: 'demo-user',
  EXAMPLE_PASSWORD: 'demo-password',
  STRIPE_SECRET_KEY: 'sk_test_demo',
  SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/TDEMO/BDEMO/demo',
  SENDGRID_API_KEY: 'SG.demo',
  GOOGLE_OAUTH_TOKEN: 'demo-google-token',
};

for (const file of (await readdir(examples)).filter((name) => name.endsWith('.json')).sort()) {
  const config = JSON.parse(await readFile(join(examples, file), 'utf8')) as CustomApiNodeConfig;
  const prepared = await prepareRequest(config, { secrets: fakeSecrets });
  console.log(`\n# ${file}\n${toCurl(prepared)}`);
}
console.log(
  '\nSecrets are shown as ***. The workflow demo against the embedded sandbox arrives with the CLI.',
);
