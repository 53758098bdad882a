import { CONNECTION_SECRET_KEYWORD, formatAjvErrors } from '@convoflow/core';
import { Ajv } from 'ajv';
import connectorSchema from '../schema/connector.schema.json' with { type: 'json' };
import operationSchema from '../schema/operation.schema.json' with { type: 'json' };
import type { CompileIssue } from './compile-issue.js';
import { connectionSecretIssues } from './connection-secrets.js';
import type { LoadedConnector } from './load-connector.js';

const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, discriminator: true });
ajv.addSchema(connectorSchema);
const validateConnector = ajv.compile(connectorSchema);
const validateOperation = ajv.compile(operationSchema);

function check(validate: typeof validateConnector, value: unknown, file: string): CompileIssue[] {
  if (validate(value)) return [];
  return formatAjvErrors(validate.errors ?? []).map((issue) => ({
    file,
    pointer: issue.pointer,
    message: issue.message,
  }));
}

/**
 * Checks connector.json and every operation file against their published meta-schemas, and checks that every
 * input and output schema is itself a valid JSON Schema (ajv strict mode: a misspelt keyword is an error).
 * Every problem is reported as `file#/json/pointer: message`, all at once.
 */
export function validateManifests(connector: LoadedConnector): CompileIssue[] {
  const issues = check(validateConnector, connector.manifest, connector.manifestFile);
  const connection = connector.manifest.connection;
  if (connection && typeof connection === 'object' && issues.length === 0) {
    try {
      new Ajv({
        strict: true,
        strictTypes: false,
        allErrors: true,
        keywords: [CONNECTION_SECRET_KEYWORD],
      }).compile(connection);
    } catch (error) {
      issues.push({
        file: connector.manifestFile,
        pointer: '/connection',
        message: `is not a valid JSON Schema: ${(error as Error).message}`,
      });
    }
    issues.push(...connectionSecretIssues(connection as Record<string, unknown>, connector.manifestFile));
  }
  for (const operation of connector.operations) {
    issues.push(...check(validateOperation, operation.operation, operation.operationFile));
    for (const [file, schema] of [
      [operation.inputFile, operation.input],
      [operation.outputFile, operation.output],
    ] as const) {
      if (!file || !schema) continue;
      try {
        new Ajv({ strict: true, strictTypes: false, allErrors: true }).compile(schema);
      } catch (error) {
        issues.push({
          file,
          pointer: '',
          message: `is not a valid JSON Schema: ${(error as Error).message}`,
        });
      }
    }
  }
  return issues;
}
