import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Schema } from './schema.js';

/** What every field of one form shares. */
export interface FormContextValue {
  /** The root schema (`#/definitions` live there). */
  root: Schema;
  /** Validation messages by JSON pointer (`/amount`), from the server. */
  issues: ReadonlyMap<string, readonly string[]>;
  /** The secret names a reference may use. */
  secretNames: readonly string[];
  /** Whether a string field takes a secret reference only (auth credentials). */
  isSecretField(pointer: string): boolean;
  /** A problem the page finds itself (text that is not JSON); undefined clears it. */
  setLocalError(pointer: string, message: string | undefined): void;
}

export const FormContext = createContext<FormContextValue | undefined>(undefined);

export function useForm(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('a form field outside a SchemaForm');
  return value;
}
