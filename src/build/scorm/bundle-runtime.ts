/**
 * Builds the SCO runtime (by default src/scorm/sco.ts) into the package's one JavaScript file
 * with Vite, programmatically and without vite.config.ts: one self-contained, minified ES
 * module for es2022, no code splitting, every asset inlined. Legacy decorators need nothing
 * extra: Oxc reads experimentalDecorators from the nearest tsconfig.json.
 */
import type { InlineConfig, Rolldown } from 'vite';
import { minifyTemplates } from '../minify-templates.js';

export class RuntimeBundleError extends Error {
  /** The output files when there was more than one. */
  readonly files: string[];

  constructor(message: string, files: string[] = []) {
    super(message);
    this.name = 'RuntimeBundleError';
    this.files = files;
  }
}

export interface BundleOptions {
  /** Absolute path of the entry module. */
  entry: string;
  /** Vite's root (where node_modules are found from); the netral package folder. */
  root: string;
}

/** The runtime as one ES module. Throws RuntimeBundleError when Vite fails or makes more than one file. */
export async function bundleScoRuntime({ entry, root }: BundleOptions): Promise<Uint8Array> {
  const config: InlineConfig = {
    configFile: false,
    envFile: false,
    root,
    mode: 'production',
    logLevel: 'silent',
    publicDir: false,
    plugins: [minifyTemplates()],
    // Library mode leaves process.env.NODE_ENV for the consumer; there is none in an LMS.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      cssCodeSplit: false,
      modulePreload: false,
      assetsInlineLimit: () => true,
      lib: { entry, formats: ['es'], fileName: () => 'netral.js' },
      rolldownOptions: {
        // Vite does not minify whitespace of ES library output unless the output asks for it.
        output: { codeSplitting: false, minify: true },
      },
    },
  };
  // Loaded here, not at the top: the content pipeline's other users (the test-runner plugin,
  // `netral check`) should not pay for loading Vite.
  const { build } = await import('vite');
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build(config);
  } catch (err) {
    throw new RuntimeBundleError(plainMessage(err));
  }
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const files = outputs.map((o: Rolldown.OutputChunk | Rolldown.OutputAsset) => o.fileName);
  const chunk = outputs.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry);
  if (!chunk || outputs.length !== 1) throw new RuntimeBundleError(`${files.length} files`, files);
  return new TextEncoder().encode(chunk.code);
}

/** Vite's error without colours and without its "Build failed with N error(s):" heading. */
function plainMessage(err: unknown): string {
  const text = (err instanceof Error ? err.message : String(err)).replace(/\u001b\[[0-9;]*m/g, '');
  return text.replace(/^Build failed with \d+ errors?:\s*/, '').trim();
}
