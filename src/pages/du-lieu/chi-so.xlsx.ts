import type { APIRoute } from 'astro';
import { datasetXlsxResponse } from '../../datasets/endpoint.ts';

/** /du-lieu/chi-so.xlsx — the same records as chi-so.csv, with Vietnamese column headers (described on /du-lieu/). */
export const GET: APIRoute = () => datasetXlsxResponse('chi-so');
