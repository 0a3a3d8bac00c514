import type { APIRoute } from 'astro';
import { datasetXlsxResponse } from '../../datasets/endpoint.ts';

/** /du-lieu/dien-hinh.xlsx — the same records as dien-hinh.csv, with Vietnamese column headers (described on /du-lieu/). */
export const GET: APIRoute = () => datasetXlsxResponse('dien-hinh');
