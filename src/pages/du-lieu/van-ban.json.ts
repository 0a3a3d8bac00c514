import type { APIRoute } from 'astro';
import { datasetResponse } from '../../datasets/endpoint.ts';

/** /du-lieu/van-ban.json — described on /du-lieu/. */
export const GET: APIRoute = () => datasetResponse('van-ban', 'json');
