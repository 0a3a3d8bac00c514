import type { APIRoute } from 'astro';
import { datasetResponse } from '../../datasets/endpoint.ts';

/** /du-lieu/dien-hinh.csv — described on /du-lieu/. */
export const GET: APIRoute = () => datasetResponse('dien-hinh', 'csv');
