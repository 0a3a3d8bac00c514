import type { APIRoute } from 'astro';
import { datasetResponse } from '../../datasets/endpoint.ts';

/** /du-lieu/dien-hinh.json — described on /du-lieu/. */
export const GET: APIRoute = () => datasetResponse('dien-hinh', 'json');
