/**
 * The sandbox's own Google service account, for the `jwt-bearer` grant its token endpoint implements.
 *
 * NOT A SECRET: this RSA key pair was generated for the sandbox (`openssl genpkey -algorithm RSA`) and is published
 * with it on purpose, like the other dummy credentials in SANDBOX_SECRETS. It belongs to no Google account and
 * works against the local sandbox only; Google has never seen it.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';

/** The service account's email (the JWT assertion's `iss`). */
export const SANDBOX_SERVICE_ACCOUNT_EMAIL = 'convoflow-sandbox@convoflow-sandbox.iam.gserviceaccount.com';

/** Google's token endpoint, as a key file names it (`token_uri`) and an assertion's `aud` must say. */
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

/** The sandbox's published test private key (see the note at the top of this file). */
const SANDBOX_TEST_PRIVATE_KEY = `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCNKyZwGLI61PZP
WkxHOcGf2BdboaJH6fiMbjx6JgrKznwVrP4RjeQW0hSgqknJxvuJJ0laTe0F7Iol
AB4VskShLIRWCiCaaDoAiOVcIJ+dEwdXwv7G0ryNQCaUbQ+147DfmLjB4ytb9tCs
KUro0WezP2kqjLvqgCzuvGTMmS1qwSJIzHkx+siDP7rz4xGIujWVtUmVRhkBeB3z
eGi6tyRhycPTdISVPiGhkTv+RfmVdzWeV5u61Z9YG9xMZLroDTp0+2TSIUAt7eS4
X580KulPruF9KuJSNbIYj8kIEApfUYSnDid3ftTRmusmUq59Tn8NLydzl8MNQVSl
dseK6GFlAgMBAAECggEABbOL77QM+Aj40ldJxF37SXA0mqFKXhAqLHXD9dpKePVi
Qo0u4ljyMM/BldmQIFjrzhbARNLn3eOMksD7S2dck+Ep48BbSmZ84opPhRXWNxr5
IsdqexowvkhXJosfECVcKTOlpphSUc+ujtLIxo1f3E0/0JWdffOOR61j1CA4RYWW
+EMtXO/197UJ+GojQJwmf09cb6LCxTKdmLy475Tj1wQF3nedfFk5VNSL9B+MvWLz
cx3t82CICO9E4sbcsXVm5neaYs6sUiCyCB67a1phAzNzZ/tY66Raq2tz95bV2dJm
dkOSm/CC7PRFqBhH0SH25Gl7/s9hVP6FbmgVHZaJQQKBgQDA8DxYsu2C4zsGvugw
hAMfwcxOdx0r5MuW15NpO1Y4TQN6Q6Ff78G0fKt0HOYndEb+6qfR1VlBFVRMJZtW
UjFNBQyLoPNJC8mTethz3VcvsZ0H4+7gn5xS3bMNuRk5gEarSE6AtYAiXGN3TBjP
BPngfUAAa+tr15So0fmJm1HO4QKBgQC7TyrAv8pNknHd5cGjIFaESPyG1EeMBqIJ
mPx77grZfOf9M+1DDVODRYD4xY0RBP4IPODugd3ajGsFIQ5nsp+3nAVE7hU1fP3z
5EuFmjIKGKpA0hzz+wwuEewGNqiHAsWilC7HMJkTANP3SnFVed3xPKu3PgaAaHuD
QmSLS303BQKBgDa/tRAibf13R5epcq/Zth073CLj8BY1jYQXVlBFMzk0uWjnahKU
MW5q9igzzyeg+kh6A/cqSHKMf+g/v62mEzFc3mt816yBuMit0mBGjegNyZakmnOJ
N03YdWfOf5bujJ8sHIKvflXBy8Pdhyivq8yFHjVAaoSmnxuswdfHiFZhAoGBAJa1
dSXPazwNF7c91Ramv1YCz8TAaqzc7WWhhY1Fk884dATD0iSARXC67LG9aeqGxMrm
COl+7n2ZO8bNuSRwkZgPXiH/GmuGHWMujiF6VsbO37X2GTuqBDvRScIaGnE/JrvQ
VO8KSDAFG4e+iwAGZTBj65otutd4ueB7/CAj5iTtAoGAF5QplJdyAnQw27L8GrfE
HsuNqxKRDO1uLy3UskJvQfCj5iFEJSMZP+X03v3f6bw3sBcsD3sdFxqcDsnPgJuy
8AZbaGpN1zbYNlKmqD/XnRRMAsy2EFkmz9GPys16IhZflTDts9zVGtcHoK38fTHu
Pl18bRWfmxuh0zxRqdohATA=
-----END PRIVATE KEY-----
`;

/** The public half, which the token endpoint verifies assertions with. */
export const SANDBOX_SERVICE_ACCOUNT_PUBLIC_KEY: KeyObject = createPublicKey(SANDBOX_TEST_PRIVATE_KEY);

/** The service account key file, as Google's console downloads it (the value of GOOGLE_SERVICE_ACCOUNT_KEY). */
export const SANDBOX_SERVICE_ACCOUNT_KEY = JSON.stringify({
  type: 'service_account',
  project_id: 'convoflow-sandbox',
  private_key_id: 'convoflow-sandbox-test-key',
  private_key: SANDBOX_TEST_PRIVATE_KEY,
  client_email: SANDBOX_SERVICE_ACCOUNT_EMAIL,
  client_id: '100000000000000000000',
  auth_uri: 'https://accounts.google.com/o/oauth2/auth',
  token_uri: GOOGLE_TOKEN_URL,
});

/** The sandbox's OAuth client and a refresh token it issued (the refresh_token grant); dummies like the key. */
export const SANDBOX_OAUTH_CLIENT = {
  clientId: 'convoflow-sandbox.apps.googleusercontent.com',
  clientSecret: 'convoflow-sandbox-client-secret',
  refreshToken: '1//convoflow-sandbox-refresh-token',
} as const;
