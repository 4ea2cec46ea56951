import { runLegacyBackend } from '../shared/run';
import { createDocumentArchive } from './server';

runLegacyBackend('document-archive', { latencyMs: 20, jitterMs: 8 }, createDocumentArchive);
