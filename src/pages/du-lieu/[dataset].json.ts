import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetPaths, datasetResponse, type DatasetFile } from '../../datasets/endpoint.ts';

/**
 * /du-lieu/<dataset>.json (chi-so, khen-thuong, dien-hinh, van-ban) — described on /du-lieu/. Keyed by the records it
 * prints (src/datasets/endpoint.ts).
 */
export const getStaticPaths = (() => datasetPaths('json')) satisfies GetStaticPaths;

export const GET: APIRoute<DatasetFile> = ({ props }) => datasetResponse(props, 'json');
