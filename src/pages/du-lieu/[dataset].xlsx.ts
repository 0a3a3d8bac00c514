import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetPaths, datasetXlsxResponse, type DatasetFile } from '../../datasets/endpoint.ts';

/**
 * /du-lieu/<dataset>.xlsx (chi-so, khen-thuong, dien-hinh) — the same records as its CSV, with Vietnamese column
 * headers (described on /du-lieu/). Keyed by those records (src/datasets/endpoint.ts): an unchanged dataset's file is
 * copied, not written again (1.4–1.6 s each at 1,000 documents).
 */
export const getStaticPaths = (() => datasetPaths('xlsx')) satisfies GetStaticPaths;

export const GET: APIRoute<DatasetFile> = ({ props }) => datasetXlsxResponse(props);
