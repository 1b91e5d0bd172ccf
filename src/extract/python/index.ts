import type { Tree } from 'web-tree-sitter';
import type { SkippedFile } from '../../model/site.js';
import type { SourceFile } from '../../model/source-file.js';
import { type ExtractionResult, type ExtractOptions, type LanguageExtractor, NO_EXTRACT_OPTIONS } from '../extractor.js';
import { resolveAllCallTargets } from './call-targets.js';
import { findListenerSites, withoutShadowedWrapperSites } from './config-wrappers.js';
import type { ModuleFacts } from './facts.js';
import { type PythonFramework, pythonFrameworks } from './frameworks/index.js';
import { resolveFunctionValueTargets } from './function-values.js';
import { findHandlerSites } from './handler-sites.js';
import { collectModuleFacts } from './module-facts.js';
import { parsePython } from './parser.js';
import { createProject } from './project.js';
import { findSendSites } from './send-sites.js';
import { findSocketHandlers } from './socket-handlers.js';
import { toSortedSites } from './site-output.js';

/** Python extractor for the given frameworks; `pythonExtractor` uses all of `frameworks/`. */
export function createPythonExtractor(frameworks: readonly PythonFramework[]): LanguageExtractor {
  return {
    language: 'python',
    extract: (files, options = NO_EXTRACT_OPTIONS) => extractPython(files, frameworks, options),
  };
}

export const pythonExtractor: LanguageExtractor = createPythonExtractor(Object.values(pythonFrameworks));

/** Parse → per-module facts → project-level resolution → sites. */
async function extractPython(
  files: readonly SourceFile[],
  frameworks: readonly PythonFramework[],
  options: ExtractOptions,
): Promise<ExtractionResult> {
  const trees: Tree[] = [];
  const modules: ModuleFacts[] = [];
  const skipped: SkippedFile[] = [];
  try {
    for (const file of files) {
      const parsed = await parsePython(file.text);
      if (!parsed.ok) {
        skipped.push({ file: file.path, reason: parsed.reason });
        continue;
      }
      trees.push(parsed.tree);
      modules.push(collectModuleFacts(file, parsed.tree.rootNode));
    }
    const project = createProject(modules, options.methodsDefinedElsewhere);
    resolveAllCallTargets(project);
    resolveFunctionValueTargets(project);
    const socketHandlers = findSocketHandlers(project, frameworks);
    const sends = findSendSites(project, frameworks, socketHandlers.contexts, options.emitters);
    const handles = [
      ...findHandlerSites(project, frameworks),
      ...socketHandlers.sites,
      ...findListenerSites(project, options.listeners),
    ];
    const sites = toSortedSites(withoutShadowedWrapperSites(sends), withoutShadowedWrapperSites(handles), project.scopes);
    return { sites, skipped };
  } finally {
    trees.forEach((tree) => tree.delete());
  }
}
