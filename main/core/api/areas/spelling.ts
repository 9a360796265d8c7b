import { z } from 'zod';
import { LANGUAGES } from '../../../../common/model/vocab';
import type { Core } from '../../context';
import type { Registrar } from '../registry';

// A long body holds a few thousand distinct words; a word longer than this is not one.
const word = z.string().min(1).max(100);
const language = z.enum(LANGUAGES);

export function register(registrar: Registrar, core: Core): void {
  registrar.handle('spelling', 'check', z.strictObject({ language, words: z.array(word).max(50_000) }), (arg) =>
    core.spelling.misspelt(arg.language, arg.words),
  );
  registrar.handle('spelling', 'suggest', z.strictObject({ language, word }), (arg) =>
    core.spelling.suggestions(arg.language, arg.word),
  );
  registrar.handle('spelling', 'add', z.strictObject({ word }), (arg) => core.spelling.add(arg.word));
}
