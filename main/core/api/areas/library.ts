import { z } from 'zod';
import { LANGUAGES, RELEASE_TYPES } from '../../../../common/model/vocab';
import { STATES } from '../../../../common/model/stateMachine';
import type { Core } from '../../context';
import type { Registrar } from '../registry';

const labels = z.array(z.string().max(300)).max(200).optional();
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional();

export function register(registrar: Registrar, core: Core): void {
  registrar.handle(
    'library',
    'search',
    z.strictObject({
      text: z.string().max(500).optional(),
      states: z.array(z.enum(STATES)).optional(),
      types: z.array(z.enum(RELEASE_TYPES)).optional(),
      languages: z.array(z.enum(LANGUAGES)).optional(),
      issuers: labels,
      fieldsOfWork: labels,
      countries: labels,
      dateFrom: day,
      dateTo: day,
      sort: z.enum(['date', 'updated', 'headline', 'relevance']).optional(),
      limit: z.number().int().min(1).max(100_000).optional(),
    }),
    (query) => core.search.search(query),
  );
}
