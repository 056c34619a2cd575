import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

/** The project's own tsconfig: legacy decorators with `useDefineForClassFields: false`, as in the package build. */
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../src/elements/*/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The example documents, served so `src` stories fetch them over HTTP like a publisher's page
  // does. Not at /examples/: in the dev server that URL is Vite's, for the stories' JSON imports.
  staticDirs: [{ from: '../examples', to: '/fact-checks' }],
  async viteFinal(viteConfig) {
    // Vite 8 transforms TypeScript with Oxc, which reads `useDefineForClassFields` from the
    // tsconfig. Name the project's own so the elements compile exactly as in the package build
    // (class fields defined with [[Define]] would shadow Lit's reactive accessors).
    return {
      ...viteConfig,
      tsconfig,
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // Storybook's web-components renderer imports this lit module directly; pre-bundle it with
        // lit so the dev server loads one copy of lit-html, not two.
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
    };
  },
};

export default config;
