/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_CLIENT_ID?: string;
  readonly VITE_AUTHORITY?: string;
  readonly VITE_ARM_ENDPOINT?: string;
  readonly VITE_PROVIDER_NAMESPACE?: string;
  readonly VITE_DIGITAL_TWINS_SCOPE?: string;
  readonly VITE_APP_NAME?: string;
}

/** A message catalog, compiled by @lingui/vite-plugin when imported. */
declare module '*.po' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
