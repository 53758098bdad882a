// Generated from connectors/sendgrid by `pnpm codegen --write`. Do not edit.
// @ts-nocheck: precompiled Handlebars templates (untyped by nature); only the core runtime renders them.
import { type TextTemplate, textTemplate } from '@convoflow/core';

export {};
