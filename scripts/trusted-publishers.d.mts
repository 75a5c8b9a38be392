// Types for the parts of scripts/trusted-publishers.mjs that TypeScript files use (.storybook/main.ts).
import type { Plugin } from 'vite';

/** Vite plugin for Storybook: a throwaway demo publisher key, and the demo registries signed with it. */
export function trustedPublishersVitePlugin(): Plugin;
