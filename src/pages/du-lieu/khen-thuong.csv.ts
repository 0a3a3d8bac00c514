import type { APIRoute } from 'astro';
import { datasetResponse } from '../../datasets/endpoint.ts';

/** /du-lieu/khen-thuong.csv — described on /du-lieu/. */
export const GET: APIRoute = () => datasetResponse('khen-thuong', 'csv');
