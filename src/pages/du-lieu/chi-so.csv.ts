import type { APIRoute } from 'astro';
import { datasetResponse } from '../../datasets/endpoint.ts';

/** /du-lieu/chi-so.csv — described on /du-lieu/. */
export const GET: APIRoute = () => datasetResponse('chi-so', 'csv');
