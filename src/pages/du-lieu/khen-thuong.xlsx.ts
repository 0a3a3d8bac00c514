import type { APIRoute } from 'astro';
import { datasetXlsxResponse } from '../../datasets/endpoint.ts';

/** /du-lieu/khen-thuong.xlsx — the same records as khen-thuong.csv, with Vietnamese column headers (described on /du-lieu/). */
export const GET: APIRoute = () => datasetXlsxResponse('khen-thuong');
