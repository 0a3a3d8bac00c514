import type { APIRoute } from 'astro';
import { datasetResponse } from '../../datasets/endpoint.ts';

/** /du-lieu/chi-so.json — described on /du-lieu/. */
export const GET: APIRoute = () => datasetResponse('chi-so', 'json');
